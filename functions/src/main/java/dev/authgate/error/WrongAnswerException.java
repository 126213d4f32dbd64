package dev.authgate.error;

import java.util.Objects;

/**
 * A wrong answer to a sign-in challenge that may be tried again: the error carries the new session to try with,
 * which the envelope passes on ({@code {"error":{...},"session":"..."}}).
 */
public final class WrongAnswerException extends AuthException {

    private final String session;

    public WrongAnswerException(String session) {
        super("CodeMismatchException", 400, "The code is not the one we sent; try again with the new session.");
        this.session = Objects.requireNonNull(session, "session");
    }

    public String session() {
        return session;
    }
}
