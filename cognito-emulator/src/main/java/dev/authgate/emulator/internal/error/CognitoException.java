package dev.authgate.emulator.internal.error;

import java.util.Objects;

/** An expected failure of an action; the dispatcher renders it as Cognito's error body. */
public final class CognitoException extends RuntimeException {
    private final CognitoError error;

    CognitoException(CognitoError error, String message) {
        // No stack trace: these are answers, not bugs, and some are thrown on every wrong password.
        super(message, null, false, false);
        this.error = Objects.requireNonNull(error, "error");
    }

    public CognitoError error() {
        return error;
    }
}
