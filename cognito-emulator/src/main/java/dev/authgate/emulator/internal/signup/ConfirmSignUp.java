package dev.authgate.emulator.internal.signup;

import static dev.authgate.emulator.internal.error.CognitoError.CODE_MISMATCH;
import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import dev.authgate.emulator.internal.code.CodeCheck;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.PendingCode;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Confirms a user with the code sent at sign-up; the contact it went to becomes verified. */
public final class ConfirmSignUp implements Action {
    /** Cognito's sign-up codes are valid for 24 hours. */
    static final Duration CODE_VALIDITY = Duration.ofHours(24);

    private final Clock clock;

    public ConfirmSignUp(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        String username = request.required("Username");
        String code = request.required("ConfirmationCode");
        User user = target.pool().findUser(username).orElseThrow(() -> target.client().preventsUserExistenceErrors()
                ? CODE_MISMATCH.exception("Invalid verification code provided, please try again.")
                : USER_NOT_FOUND.exception("Username/client id combination not found."));
        if (user.status() != UserStatus.UNCONFIRMED) {
            throw NOT_AUTHORIZED.exception("User cannot be confirmed. Current status is " + user.status());
        }
        Instant now = clock.instant();
        CodeCheck.verify(user.confirmationCode(), code, now, user::setConfirmationCode);
        String verifiedContact = user.confirmationCode().map(PendingCode::attribute).orElseThrow();
        user.confirm(now);
        user.markVerified(verifiedContact, now);
        return Json.object();
    }
}
