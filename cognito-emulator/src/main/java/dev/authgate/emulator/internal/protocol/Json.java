package dev.authgate.emulator.internal.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
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

    /** Cognito's {@code [{"Name","Value"}]} attribute list. */
    public static ArrayNode attributeList(Map<String, String> attributes) {
        ArrayNode list = array();
        attributes.forEach((name, value) -> list.addObject().put("Name", name).put("Value", value));
        return list;
    }
}
