package dev.authgate.emulator.internal.protocol;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.SERIALIZATION;

import dev.authgate.emulator.internal.error.CognitoException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Typed reads of an action's JSON body. A missing required member is Cognito's validation error
 * ({@code InvalidParameterException}); a member of the wrong JSON type is a serialization error, as
 * the JSON protocol reports it.
 */
public final class Request {
    private final JsonNode body;

    public Request(JsonNode body) {
        this.body = body.isObject() ? body : MissingNode.getInstance();
    }

    public String required(String member) {
        return optional(member).filter(value -> !value.isEmpty()).orElseThrow(() -> missing(member));
    }

    public int requiredInteger(String member) {
        return integer(member).orElseThrow(() -> missing(member));
    }

    /** A list of strings that must be sent, such as {@code UserAttributeNames}. */
    public List<String> requiredStrings(String member) {
        if (present(member) == null) {
            throw missing(member);
        }
        return strings(member);
    }

    /** A list of {@code {"Name","Value"}} pairs that must be sent, such as an update's {@code UserAttributes}. */
    public Map<String, String> requiredAttributes(String member) {
        if (present(member) == null) {
            throw missing(member);
        }
        return attributes(member);
    }

    public Optional<String> optional(String member) {
        JsonNode node = present(member);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw SERIALIZATION.exception("Expected a string for " + member);
        }
        return Optional.of(node.stringValue());
    }

    public Optional<Integer> integer(String member) {
        JsonNode node = present(member);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw SERIALIZATION.exception("Expected an integer for " + member);
        }
        return Optional.of(node.intValue());
    }

    public Optional<Boolean> bool(String member) {
        JsonNode node = present(member);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw SERIALIZATION.exception("Expected a boolean for " + member);
        }
        return Optional.of(node.booleanValue());
    }

    public List<String> strings(String member) {
        JsonNode node = present(member);
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            throw SERIALIZATION.exception("Expected a list for " + member);
        }
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw SERIALIZATION.exception("Expected a list of strings for " + member);
            }
            values.add(item.stringValue());
        }
        return values;
    }

    /** A map of strings, such as {@code AuthParameters} or {@code ChallengeResponses}. */
    public Map<String, String> stringMap(String member) {
        return Json.readStringMap(present(member), expected -> SERIALIZATION.exception("Expected " + expected + " for " + member));
    }

    /** A map of strings that matters only when sent, such as {@code ClientMetadata}. */
    public Optional<Map<String, String>> optionalStringMap(String member) {
        return present(member) == null ? Optional.empty() : Optional.of(stringMap(member));
    }

    /** A list of {@code {"Name","Value"}} pairs, in the order given. */
    public Map<String, String> attributes(String member) {
        JsonNode node = present(member);
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            throw SERIALIZATION.exception("Expected a list of attributes for " + member);
        }
        for (JsonNode item : node) {
            JsonNode name = item.get("Name");
            JsonNode value = item.get("Value");
            if (name == null || !name.isString()) {
                throw INVALID_PARAMETER.exception("Every attribute in " + member + " needs a Name");
            }
            values.put(name.stringValue(), value == null || value.isNull() ? "" : value.asString());
        }
        return values;
    }

    /** A list of structures, such as {@code Schema}. */
    public List<Request> structures(String member) {
        JsonNode node = present(member);
        List<Request> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            throw SERIALIZATION.exception("Expected a list for " + member);
        }
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw SERIALIZATION.exception("Expected a list of structures for " + member);
            }
            values.add(new Request(item));
        }
        return values;
    }

    /** A nested structure, or a missing node when absent. */
    public Request nested(String member) {
        JsonNode node = present(member);
        if (node != null && !node.isObject()) {
            throw SERIALIZATION.exception("Expected a structure for " + member);
        }
        return new Request(node == null ? MissingNode.getInstance() : node);
    }

    /** A nested structure that matters only when sent, such as SetUserMFAPreference's {@code SMSMfaSettings}. */
    public Optional<Request> optionalNested(String member) {
        return present(member) == null ? Optional.empty() : Optional.of(nested(member));
    }

    /** The raw member, for values the emulator stores as given (LambdaConfig, Schema). */
    public Optional<JsonNode> raw(String member) {
        return Optional.ofNullable(present(member));
    }

    private static CognitoException missing(String member) {
        String field = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        return INVALID_PARAMETER.exception(
                "1 validation error detected: Value null at '" + field + "' failed to satisfy constraint: Member must not be null");
    }

    private JsonNode present(String member) {
        JsonNode node = body.get(member);
        return node == null || node.isNull() ? null : node;
    }
}
