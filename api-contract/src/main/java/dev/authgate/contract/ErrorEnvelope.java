package dev.authgate.contract;

/** The one shape every error has: {@code {"error":{"type","message"}}}. */
public record ErrorEnvelope(Error error) {

    public static ErrorEnvelope of(String type, String message) {
        return new ErrorEnvelope(new Error(type, message));
    }

    /** The error's type (Cognito's exception name or one of Authgate's) and a message for people. */
    public record Error(String type, String message) {
    }
}
