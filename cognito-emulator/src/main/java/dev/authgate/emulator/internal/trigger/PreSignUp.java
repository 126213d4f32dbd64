package dev.authgate.emulator.internal.trigger;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_LAMBDA_RESPONSE;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pre sign-up trigger: it sees a user about to be created and may refuse them (nothing is created)
 * or, for {@code SignUp} only, confirm them and mark their email or phone number verified.
 */
public final class PreSignUp {
    private final Triggers triggers;

    public PreSignUp(Triggers triggers) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
    }

    /** What the function decided for a self sign-up; all false when the pool has no such trigger. */
    public record Outcome(boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {
        static final Outcome NONE = new Outcome(false, false, false);

        /** Applies the decision to the user about to be added. */
        public void applyTo(User user, Instant now) {
            verify(user, "email", autoVerifyEmail, now);
            verify(user, "phone_number", autoVerifyPhone, now);
            if (autoConfirmUser) {
                user.confirm(now);
            }
        }

        private static void verify(User user, String attribute, boolean requested, Instant now) {
            if (!requested) {
                return;
            }
            if (user.attribute(attribute).isEmpty()) {
                throw INVALID_LAMBDA_RESPONSE.exception("Invalid lambda response: the trigger verifies " + attribute
                        + " but the user has none.");
            }
            user.markVerified(attribute, now);
        }
    }

    /** {@code PreSignUp_SignUp}, with the request's {@code ValidationData} and {@code ClientMetadata}. */
    public Outcome onSignUp(UserPool pool, String clientId, User user, Request request) {
        TriggerEvent event = new TriggerEvent(Trigger.PRE_SIGN_UP, "PreSignUp_SignUp", user.username(), clientId,
                requestOf(user, request));
        return triggers.run(pool, event)
                .map(response -> new Outcome(
                        response.flag("autoConfirmUser"), response.flag("autoVerifyEmail"), response.flag("autoVerifyPhone")))
                .orElse(Outcome.NONE);
    }

    /** {@code PreSignUp_AdminCreateUser}: Cognito ignores the response's flags for administrator-created users. */
    public void onAdminCreateUser(UserPool pool, User user, Request request) {
        TriggerEvent event = new TriggerEvent(Trigger.PRE_SIGN_UP, "PreSignUp_AdminCreateUser", user.username(),
                TriggerEvent.NO_CLIENT, requestOf(user, request));
        triggers.run(pool, event).ifPresent(response -> {
            // still read, so that output Cognito could not read fails here as it would there
            response.flag("autoConfirmUser");
            response.flag("autoVerifyEmail");
            response.flag("autoVerifyPhone");
        });
    }

    // The attributes the user will have, without the sub they are yet to get; validationData is null when
    // none was sent; clientMetadata only when sent.
    private static ObjectNode requestOf(User user, Request request) {
        ObjectNode json = Json.object();
        ObjectNode attributes = Json.stringMap(user.attributes());
        attributes.remove("sub");
        json.set("userAttributes", attributes);
        if (request.raw("ValidationData").isPresent()) {
            json.set("validationData", Json.stringMap(request.attributes("ValidationData")));
        } else {
            json.putNull("validationData");
        }
        if (request.raw("ClientMetadata").isPresent()) {
            json.set("clientMetadata", Json.stringMap(request.stringMap("ClientMetadata")));
        }
        return json;
    }
}
