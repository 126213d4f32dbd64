package dev.authgate.contract.catalogue;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks a request body against its schema in the contract, so that the constraints are written once,
 * in {@code openapi.yaml}. It understands the keywords the contract uses (type, required, properties,
 * additionalProperties, minProperties, maxProperties, minLength, maxLength, pattern, enum, const) and
 * answers the first violation as a sentence that names the field.
 */
public final class RequestBodyValidator {

    private final OperationCatalogue catalogue;

    public RequestBodyValidator(OperationCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The first way the body breaks the schema, or empty when it fits. */
    public Optional<String> violation(JsonNode body, JsonNode schema) {
        return check(body, catalogue.resolve(schema), "");
    }

    private Optional<String> check(JsonNode value, JsonNode schema, String field) {
        String type = schema.path("type").asString("");
        String name = field.isEmpty() ? "The request body" : "The field '" + field + "'";
        if (!type.isEmpty() && !hasType(value, type)) {
            return Optional.of(name + " must be " + article(type) + ".");
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            return Optional.of(name + " must be " + schema.get("const") + ".");
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            return Optional.of(name + " must be one of " + schema.get("enum") + ".");
        }
        if (value.isString()) {
            return checkString(value.asString(), schema, name);
        }
        if (value.isObject()) {
            return checkObject(value, schema, field, name);
        }
        return Optional.empty();
    }

    private Optional<String> checkString(String text, JsonNode schema, String name) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            return Optional.of(length == 0
                    ? name + " must not be empty."
                    : name + " must be at least " + schema.get("minLength").asInt() + " characters long.");
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            return Optional.of(name + " must be at most " + schema.get("maxLength").asInt() + " characters long.");
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            return Optional.of(name + " has an invalid format.");
        }
        return Optional.empty();
    }

    private Optional<String> checkObject(JsonNode object, JsonNode schema, String field, String name) {
        for (JsonNode required : schema.path("required")) {
            JsonNode present = object.get(required.asString());
            if (present == null || present.isNull()) {
                return Optional.of("The field '" + path(field, required.asString()) + "' is required.");
            }
        }
        if (schema.has("minProperties") && object.size() < schema.get("minProperties").asInt()) {
            return Optional.of(name + " must have at least " + schema.get("minProperties").asInt() + " field(s).");
        }
        if (schema.has("maxProperties") && object.size() > schema.get("maxProperties").asInt()) {
            return Optional.of(name + " must have at most " + schema.get("maxProperties").asInt() + " fields.");
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getValue().isNull()) {
                continue;
            }
            JsonNode propertySchema = properties.get(entry.getKey());
            if (propertySchema == null && additional != null && additional.isObject()) {
                propertySchema = additional;
            }
            if (propertySchema == null && additional != null && additional.isBoolean() && !additional.asBoolean()) {
                return Optional.of("The field '" + path(field, entry.getKey()) + "' is not allowed.");
            }
            if (propertySchema != null) {
                Optional<String> violation = check(entry.getValue(), catalogue.resolve(propertySchema), path(field, entry.getKey()));
                if (violation.isPresent()) {
                    return violation;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a JSON object";
            case "array" -> "an array";
            case "integer" -> "an integer";
            default -> "a " + type;
        };
    }

    private static String path(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }
}
