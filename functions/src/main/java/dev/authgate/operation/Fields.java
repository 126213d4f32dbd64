package dev.authgate.operation;

import dev.authgate.settings.AuthMode;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;

/** Checks for fields the contract leaves optional because only one mode needs them. */
final class Fields {

    private Fields() {
    }

    static String required(String value, String field) {
        if (value == null) {
            throw AuthException.invalidRequest("The field '" + field + "' is required.");
        }
        return value;
    }

    /** An operation that a mode does not support yet answers 501, like an unimplemented route. */
    static AuthException notYetIn(AuthMode mode, String operation) {
        return new AuthException(ErrorType.NOT_IMPLEMENTED, 501,
                "The " + operation + " of " + mode.contractName() + " mode is not implemented yet.");
    }
}
