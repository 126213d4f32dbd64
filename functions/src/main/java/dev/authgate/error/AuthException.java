package dev.authgate.error;

import java.util.Map;
import java.util.Objects;

/**
 * An expected failure: a Cognito error, a rejected request, or a hook's refusal. It carries the error type
 * the client sees, the HTTP status and any headers the answer needs (such as {@code Retry-After});
 * {@code dev.authgate.http.ErrorMapper} is the one place that renders it.
 */
public class AuthException extends RuntimeException {

    private final String type;
    private final int status;
    private final Map<String, String> headers;

    public AuthException(String type, int status, String message) {
        this(type, status, message, Map.of(), null);
    }

    public AuthException(String type, int status, String message, Map<String, String> headers, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause, false, false);
        this.type = Objects.requireNonNull(type, "type");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An error status is 4xx or 5xx, not " + status);
        }
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    /** The request itself is wrong: malformed, missing or invalid fields. */
    public static AuthException invalidRequest(String message) {
        return new AuthException(ErrorType.INVALID_REQUEST, 400, message);
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** Headers the error response must carry. */
    public Map<String, String> headers() {
        return headers;
    }
}
