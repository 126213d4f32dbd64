package dev.authgate.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.authgate.error.AuthException;

/** Reads request bodies and writes response bodies, strictly and the same way on both edges. */
public final class JsonCodec {

    public static final String CONTENT_TYPE = "application/json";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Parses a body; anything that is not one well-formed JSON value is the client's mistake. */
    public JsonNode readTree(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            throw AuthException.invalidRequest("The request body is not valid JSON.");
        }
    }

    /** Binds a body that already fits its schema to the operation's request type. */
    public <T> T bind(JsonNode body, Class<T> type) {
        try {
            return mapper.treeToValue(body, type);
        } catch (JacksonException e) {
            throw AuthException.invalidRequest("The request body does not fit the operation's request.");
        }
    }

    public byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    public JsonMapper mapper() {
        return mapper;
    }
}
