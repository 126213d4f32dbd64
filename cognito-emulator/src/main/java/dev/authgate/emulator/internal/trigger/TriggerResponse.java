package dev.authgate.emulator.internal.trigger;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_LAMBDA_RESPONSE;

import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.protocol.Json;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed reads of the {@code response} a function handed back. A member left out or null reads as
 * false or absent; a member of the wrong JSON type is output Cognito cannot read.
 */
public final class TriggerResponse {
    static final String UNRECOGNIZABLE = "Unrecognizable lambda output";

    private final ObjectNode response;

    TriggerResponse(ObjectNode response) {
        this.response = response;
    }

    public boolean flag(String member) {
        JsonNode node = present(member);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            throw unrecognizable();
        }
        return node.booleanValue();
    }

    public Optional<String> string(String member) {
        JsonNode node = present(member);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw unrecognizable();
        }
        return Optional.of(node.stringValue());
    }

    /** A map of strings, such as {@code publicChallengeParameters}; Cognito takes no other values there. */
    public Map<String, String> stringMap(String member) {
        return Json.readStringMap(present(member), expected -> unrecognizable());
    }

    static CognitoException unrecognizable() {
        return INVALID_LAMBDA_RESPONSE.exception(UNRECOGNIZABLE);
    }

    private JsonNode present(String member) {
        JsonNode node = response.get(member);
        return node == null || node.isNull() ? null : node;
    }
}
