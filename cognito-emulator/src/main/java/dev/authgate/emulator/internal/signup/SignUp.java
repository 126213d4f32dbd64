package dev.authgate.emulator.internal.signup;

import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contacts;
import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.password.PasswordRules;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.trigger.PreSignUp;
import dev.authgate.emulator.internal.user.AttributeRules;
import dev.authgate.emulator.internal.user.NewUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers an unconfirmed user and sends the confirmation code to the contact the pool verifies.
 * Checks run in Cognito's order: client, username format, attributes, password, existing user; then
 * the pool's PreSignUp trigger, which may refuse the user (nothing is created) or confirm them at once
 * (no code is sent) and mark their email or phone number verified.
 */
public final class SignUp implements Action {
    private final Clock clock;
    private final PasswordHasher hasher;
    private final CodeSender codes;
    private final PreSignUp preSignUp;

    public SignUp(Clock clock, PasswordHasher hasher, CodeSender codes, PreSignUp preSignUp) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.preSignUp = Objects.requireNonNull(preSignUp, "preSignUp");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        PoolSettings settings = target.pool().settings();
        if (settings.allowAdminCreateUserOnly()) {
            throw NOT_AUTHORIZED.exception("SignUp is not permitted for this user pool");
        }
        NewUser newUser = NewUser.named(settings, request.required("Username"));
        String password = request.required("Password");
        Map<String, String> attributes = request.attributes("UserAttributes");
        AttributeRules.checkWritable(settings, Optional.of(target.client()), attributes);
        PasswordRules.check(settings.passwordPolicy(), password);
        newUser.ensureAvailable(target.pool());

        User user = newUser.create(attributes, clock.instant());
        AttributeRules.checkRequired(settings, user.attributes());
        PreSignUp.Outcome outcome = preSignUp.onSignUp(target.pool(), target.client().clientId(), user, request);
        // The trigger ran without the store's lock: someone may have taken the name meanwhile.
        newUser.ensureAvailable(target.pool());

        Instant now = clock.instant();
        user.setPassword(hasher.hash(password), now);
        outcome.applyTo(user, now);
        target.pool().addUser(user);

        ObjectNode response = Json.object().put("UserConfirmed", outcome.autoConfirmUser()).put("UserSub", user.sub());
        if (!outcome.autoConfirmUser()) {
            Contacts.forVerification(settings, user).ifPresent(contact -> {
                user.setConfirmationCode(codes.sendConfirmation(settings, contact, target.client().clientId(), user.username(),
                        "SIGN_UP", ConfirmSignUp.CODE_VALIDITY, now));
                response.set("CodeDeliveryDetails", contact.deliveryDetails());
            });
        }
        return response;
    }
}
