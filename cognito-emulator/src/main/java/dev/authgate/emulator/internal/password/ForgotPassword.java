package dev.authgate.emulator.internal.password;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.code.Contacts;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Sends a password-reset code to the user's verified email or phone number. */
public final class ForgotPassword implements Action {
    static final Duration CODE_VALIDITY = Duration.ofHours(1);

    private final Clock clock;
    private final CodeSender codes;

    public ForgotPassword(Clock clock, CodeSender codes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        String username = request.required("Username");
        Optional<User> found = target.pool().findUser(username);
        if (found.isEmpty()) {
            if (target.client().preventsUserExistenceErrors()) {
                // Answer as if a code went out, so the response does not reveal who has an account.
                return response(Contacts.simulated(username));
            }
            throw USER_NOT_FOUND.exception("Username/client id combination not found.");
        }
        User user = found.get();
        Contact contact = Contacts.forRecovery(target.pool().settings(), user).orElseThrow(() -> INVALID_PARAMETER.exception(
                "Cannot reset password for the user as there is no registered/verified email or phone_number"));
        Instant now = clock.instant();
        user.setPasswordResetCode(codes.sendCode(contact, "FORGOT_PASSWORD", CODE_VALIDITY, now));
        return response(contact);
    }

    private static ObjectNode response(Contact contact) {
        ObjectNode response = Json.object();
        response.set("CodeDeliveryDetails", contact.deliveryDetails());
        return response;
    }
}
