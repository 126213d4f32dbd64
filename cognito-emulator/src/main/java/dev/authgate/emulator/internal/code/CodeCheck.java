package dev.authgate.emulator.internal.code;

import static dev.authgate.emulator.internal.error.CognitoError.CODE_MISMATCH;
import static dev.authgate.emulator.internal.error.CognitoError.EXPIRED_CODE;
import static dev.authgate.emulator.internal.error.CognitoError.TOO_MANY_FAILED_ATTEMPTS;

import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.state.PendingCode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/** The comparison every code-confirming action makes, with a bounded number of wrong guesses. */
public final class CodeCheck {
    /** Six digits can be guessed; five wrong tries burn the code until a new one is sent. */
    public static final int MAX_FAILED_ATTEMPTS = 5;

    private CodeCheck() {
    }

    /**
     * Passes when the submitted code is the pending one; otherwise throws the error Cognito gives,
     * after recording a wrong guess through {@code update}.
     */
    public static void verify(Optional<PendingCode> pending, String submitted, Instant now, Consumer<PendingCode> update) {
        PendingCode code = pending.orElseThrow(() -> CODE_MISMATCH.exception("Invalid verification code provided, please try again."));
        if (code.failedAttempts() >= MAX_FAILED_ATTEMPTS) {
            throw TOO_MANY_FAILED_ATTEMPTS.exception("Attempt limit exceeded, please request a new code.");
        }
        if (code.isExpired(now)) {
            throw EXPIRED_CODE.exception("Invalid code provided, please request a code again.");
        }
        if (!Secrets.sameDigest(code.hash(), Secrets.sha256(submitted))) {
            update.accept(code.withFailedAttempt());
            throw CODE_MISMATCH.exception("Invalid verification code provided, please try again.");
        }
    }
}
