package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.UNSUPPORTED_USER_STATE;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contacts;
import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.password.PasswordRules;
import dev.authgate.emulator.internal.password.TemporaryPasswords;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import dev.authgate.emulator.internal.state.UserStatus;
import dev.authgate.emulator.internal.trigger.PreSignUp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates a user with a temporary password they must replace at first sign-in
 * ({@code FORCE_CHANGE_PASSWORD}). The invitation carrying that password goes to the outbox unless
 * {@code MessageAction} is {@code SUPPRESS}; {@code RESEND} issues a new one to an existing user.
 * A new user first passes the pool's PreSignUp trigger ({@code PreSignUp_AdminCreateUser}).
 */
public final class AdminCreateUser implements Action {
    private final Clock clock;
    private final PasswordHasher hasher;
    private final CodeSender codes;
    private final PreSignUp preSignUp;

    public AdminCreateUser(Clock clock, PasswordHasher hasher, CodeSender codes, PreSignUp preSignUp) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.preSignUp = Objects.requireNonNull(preSignUp, "preSignUp");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        String requested = request.required("Username");
        String messageAction = request.optional("MessageAction").orElse("");
        if (!List.of("", "SUPPRESS", "RESEND").contains(messageAction)) {
            throw INVALID_PARAMETER.exception("MessageAction must be SUPPRESS or RESEND.");
        }
        PoolSettings settings = pool.settings();
        String temporaryPassword = request.optional("TemporaryPassword").orElseGet(() -> TemporaryPasswords.generate(settings.passwordPolicy()));
        PasswordRules.check(settings.passwordPolicy(), temporaryPassword);
        User user = messageAction.equals("RESEND") ? existing(pool, requested) : create(request, pool, requested);
        Instant now = clock.instant();
        Instant expiry = now.plus(Duration.ofDays(settings.passwordPolicy().temporaryPasswordValidityDays()));
        user.setTemporaryPassword(hasher.hash(temporaryPassword), expiry, now);
        pool.addUser(user);
        if (!messageAction.equals("SUPPRESS")) {
            // Cognito's default medium is SMS; a user without a phone number gets the invitation by email.
            List<String> mediums = request.strings("DesiredDeliveryMediums");
            Contacts.forInvitation(mediums.isEmpty() ? List.of("SMS", "EMAIL") : mediums, user)
                    .ifPresent(contact -> codes.sendInvitation(contact, temporaryPassword, now));
        }
        ObjectNode response = Json.object();
        response.set("User", UserJson.userType(user));
        return response;
    }

    private static User existing(UserPool pool, String username) {
        User user = pool.user(username);
        if (user.status() != UserStatus.FORCE_CHANGE_PASSWORD) {
            throw UNSUPPORTED_USER_STATE.exception("User status is " + user.status() + ", not FORCE_CHANGE_PASSWORD.");
        }
        return user;
    }

    // A new user passes the pool's PreSignUp trigger first, which may refuse them; its flags do not apply here.
    private User create(Request request, UserPool pool, String requested) {
        PoolSettings settings = pool.settings();
        NewUser newUser = NewUser.named(settings, requested);
        Map<String, String> attributes = request.attributes("UserAttributes");
        AttributeRules.checkWritable(settings, Optional.empty(), attributes);
        newUser.ensureAvailable(pool);
        User user = newUser.create(attributes, clock.instant());
        AttributeRules.checkRequired(settings, user.attributes());
        preSignUp.onAdminCreateUser(pool, user, request);
        // The trigger ran without the store's lock: someone may have taken the name meanwhile.
        newUser.ensureAvailable(pool);
        return user;
    }
}
