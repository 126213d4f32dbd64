package dev.authgate.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one shape every error has: {@code {"error":{"type","message"}}}, plus the session to try again with
 * when a sign-in code was wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorEnvelope(Error error, String session) {

    public static ErrorEnvelope of(String type, String message) {
        return new ErrorEnvelope(new Error(type, message), null);
    }

    /** The error's type (Cognito's exception name or one of Authgate's) and a message for people. */
    public record Error(String type, String message) {
    }
}
