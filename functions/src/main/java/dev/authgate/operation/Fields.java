package dev.authgate.operation;

import dev.authgate.error.AuthException;
import java.util.regex.Pattern;

import dev.authgate.settings.AuthMode;

/** Checks the operations share beyond what the contract's schemas say. */
final class Fields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private Fields() {
    }

    /** A field the contract leaves optional because only one mode needs it. */
    static String required(String value, String field) {
        if (value == null) {
            throw AuthException.invalidRequest("The field '" + field + "' is required.");
        }
        return value;
    }

    /**
     * Usernames are compared without surrounding white space (and, by the pool, without regard to case), so
     * {@code " Ada@Example.com "} and {@code "ada@example.com"} are one user.
     */
    static String username(String username) {
        String trimmed = username.strip();
        if (trimmed.isEmpty()) {
            throw AuthException.invalidRequest("The field 'username' must not be blank.");
        }
        return trimmed;
    }

    /** A username of the kind the mode signs users in with: an email address, or an E.164 phone number. */
    static String username(String username, AuthMode mode) {
        String trimmed = username(username);
        UsernameForm form = switch (mode) {
            case USER_PASSWORD -> new UsernameForm(EMAIL, "The field 'username' must be an email address.");
            case PASSWORDLESS -> new UsernameForm(E164, "The field 'username' must be a phone number in E.164 format, such as +14155550123.");
        };
        if (!form.pattern().matcher(trimmed).matches()) {
            throw AuthException.invalidRequest(form.refusal());
        }
        return trimmed;
    }

    private record UsernameForm(Pattern pattern, String refusal) {
    }
}
