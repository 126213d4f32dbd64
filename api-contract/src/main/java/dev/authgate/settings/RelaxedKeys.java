package dev.authgate.settings;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spring's relaxed binding for a settings file read outside Spring: a key may be written in kebab case
 * ({@code min-length}), camel case ({@code minLength}, as the rocket's configuration has it) or snake case, and
 * means the same setting. The tree is walked along the settings' records, so the keys of a map (a role's name, a
 * header's name) are left as they are written.
 */
final class RelaxedKeys {

    private RelaxedKeys() {
    }

    /** The tree with every setting's key in kebab case; {@code path} names the tree in messages. */
    static JsonNode canonical(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (node instanceof ObjectNode object && raw.isRecord()) {
            return record(object, raw, path);
        }
        if (node instanceof ObjectNode object && Map.class.isAssignableFrom(raw)) {
            ObjectNode result = object.objectNode();
            object.properties().forEach(entry -> result.set(entry.getKey(),
                    canonical(entry.getValue(), typeArgument(type, 1), path + "." + entry.getKey())));
            return result;
        }
        if (node instanceof ArrayNode array && Collection.class.isAssignableFrom(raw)) {
            ArrayNode result = array.arrayNode();
            array.forEach(element -> result.add(canonical(element, typeArgument(type, 0), path)));
            return result;
        }
        return node;
    }

    private static ObjectNode record(ObjectNode object, Class<?> type, String path) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(uniform(component.getName()), component);
        }
        ObjectNode result = object.objectNode();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            RecordComponent component = components.get(uniform(entry.getKey()));
            if (component == null) {
                // An unknown key stays as written, so that binding rejects it under the name the file uses.
                result.set(entry.getKey(), entry.getValue());
                continue;
            }
            String key = kebab(component.getName());
            if (result.has(key)) {
                throw new IllegalArgumentException(path + "." + key + " is given twice, in two spellings");
            }
            result.set(key, canonical(entry.getValue(), component.getGenericType(), path + "." + key));
        }
        return result;
    }

    /** The form Spring compares names in: no dashes or underscores, lower case. */
    private static String uniform(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index] : Object.class;
    }
}
