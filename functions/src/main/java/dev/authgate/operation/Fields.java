package dev.authgate.operation;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.settings.AuthMode;

/** Checks the operations share beyond what the contract's schemas say. */
final class Fields {

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

    /** An operation that a mode does not support yet answers 501, like an unimplemented route. */
    static AuthException notYetIn(AuthMode mode, String operation) {
        return new AuthException(ErrorType.NOT_IMPLEMENTED, 501,
                "The " + operation + " of " + mode.contractName() + " mode is not implemented yet.");
    }
}
