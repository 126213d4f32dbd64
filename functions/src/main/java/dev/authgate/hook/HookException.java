package dev.authgate.hook;

import java.util.Locale;

import org.springframework.http.HttpStatus;

import dev.authgate.error.AuthException;

/**
 * An error a hook raises on purpose: the client gets its status and message in the envelope, as
 * cognito-gateway turned a hook's {@code err.statusCode} and {@code err.message} into the response. Any
 * other exception from a hook is a 500 with a generic message; its details go to the log only.
 */
public class HookException extends AuthException {

    /** An error whose type is the status's reason phrase, such as {@code UnprocessableEntity} for 422. */
    public HookException(int status, String message) {
        this(status, typeOf(status), message);
    }

    public HookException(int status, String type, String message) {
        super(type, status, message);
    }

    private static String typeOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return "Error" + status;
        }
        StringBuilder type = new StringBuilder();
        for (String word : known.getReasonPhrase().split("[^A-Za-z]+")) {
            if (!word.isEmpty()) {
                type.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return type.toString();
    }
}
