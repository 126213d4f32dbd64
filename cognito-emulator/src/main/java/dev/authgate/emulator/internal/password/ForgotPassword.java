package dev.authgate.emulator.internal.password;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.CodeToNamedUser;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.code.Contacts;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
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
        return CodeToNamedUser.send(request, state, (target, user) -> {
            Contact contact = Contacts.forRecovery(target.pool().settings(), user).orElseThrow(() -> INVALID_PARAMETER.exception(
                    "Cannot reset password for the user as there is no registered/verified email or phone_number"));
            user.setPasswordResetCode(codes.sendCode(contact, "FORGOT_PASSWORD", CODE_VALIDITY, clock.instant()));
            return contact;
        });
    }
}
