package dev.authgate.emulator.internal.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper and the few shapes every Cognito response repeats. */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The JSON protocol sends timestamps as epoch seconds, with a fraction. */
    public static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    /** A map of strings as a JSON object, in the map's order. */
    public static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode json = object();
        values.forEach(json::put);
        return json;
    }

    /**
     * A JSON object of strings as a map, in the object's order; {@code null} (a member left out) reads as empty.
     * Anything else is refused with {@code malformed} of what was expected: "a map", or "a map of strings".
     */
    public static Map<String, String> readStringMap(JsonNode node, Function<String, ? extends RuntimeException> malformed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null) {
            return values;
        }
        if (!node.isObject()) {
            throw malformed.apply("a map");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isString()) {
                throw malformed.apply("a map of strings");
            }
            values.put(entry.getKey(), entry.getValue().stringValue());
        }
        return values;
    }

    /** Cognito's {@code [{"Name","Value"}]} attribute list. */
    public static ArrayNode attributeList(Map<String, String> attributes) {
        ArrayNode list = array();
        attributes.forEach((name, value) -> list.addObject().put("Name", name).put("Value", value));
        return list;
    }
}
