package dev.authgate.hook;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/** What an operation came to, as post-hooks see it: a response, or an error. */
public sealed interface HookOutcome {

    /** The response body the client will get, with status 200. */
    record Response(JsonNode body) implements HookOutcome {
        public Response {
            Objects.requireNonNull(body, "body");
        }
    }

    /** The error the client will get, in the envelope. */
    record Error(int status, String type, String message) implements HookOutcome {
        public Error {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
        }
    }
}
