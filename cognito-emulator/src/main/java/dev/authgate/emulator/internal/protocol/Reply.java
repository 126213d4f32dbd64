package dev.authgate.emulator.internal.protocol;

import dev.authgate.emulator.internal.error.CognitoError;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** What the HTTP edge sends back for one API call. */
public record Reply(int status, Optional<String> errorType, ObjectNode body) {

    static Reply success(ObjectNode body) {
        return new Reply(200, Optional.empty(), body);
    }

    static Reply failure(CognitoError error, String message) {
        ObjectNode body = Json.object().put("__type", error.type()).put("message", message);
        return new Reply(error.httpStatus(), Optional.of(error.type()), body);
    }
}
