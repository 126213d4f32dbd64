package dev.authgate.emulator.internal.password;

import static dev.authgate.emulator.internal.error.CognitoError.CODE_MISMATCH;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import dev.authgate.emulator.internal.code.CodeCheck;
import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sets a new password with the code ForgotPassword sent. The code is checked first and is only
 * used up when the password is accepted, so a weak password can be retried with the same code.
 */
public final class ConfirmForgotPassword implements Action {
    private final Clock clock;
    private final PasswordHasher hasher;

    public ConfirmForgotPassword(Clock clock, PasswordHasher hasher) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        String username = request.required("Username");
        String code = request.required("ConfirmationCode");
        String password = request.required("Password");
        User user = target.pool().findUser(username).orElseThrow(() -> target.client().preventsUserExistenceErrors()
                ? CODE_MISMATCH.exception("Invalid verification code provided, please try again.")
                : USER_NOT_FOUND.exception("Username/client id combination not found."));
        Instant now = clock.instant();
        CodeCheck.verify(user.passwordResetCode(), code, now, user::setPasswordResetCode);
        PasswordRules.check(target.pool().settings().passwordPolicy(), password);
        user.setPassword(hasher.hash(password), now);
        user.setPasswordResetCode(null);
        return Json.object();
    }
}
