package dev.authgate.emulator.internal.signup;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.CodeToNamedUser;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.code.Contacts;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserStatus;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Sends a new sign-up code; the previous one stops working. */
public final class ResendConfirmationCode implements Action {
    private final Clock clock;
    private final CodeSender codes;

    public ResendConfirmationCode(Clock clock, CodeSender codes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        return CodeToNamedUser.send(request, state, (target, user) -> {
            if (user.status() == UserStatus.CONFIRMED) {
                throw INVALID_PARAMETER.exception("User is already confirmed.");
            }
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw INVALID_PARAMETER.exception("User cannot be confirmed. Current status is " + user.status());
            }
            Contact contact = Contacts.forVerification(target.pool().settings(), user)
                    .orElseThrow(() -> INVALID_PARAMETER.exception("Auto verification not turned on."));
            user.setConfirmationCode(codes.sendConfirmation(target.pool().settings(), contact, target.client().clientId(), user.username(),
                    "RESEND", ConfirmSignUp.CODE_VALIDITY, clock.instant()));
            return contact;
        });
    }
}
