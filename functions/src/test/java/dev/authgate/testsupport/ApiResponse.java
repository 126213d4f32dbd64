package dev.authgate.testsupport;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an edge answered, whichever edge it was. */
public record ApiResponse(int statusCode, Map<String, String> headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ApiResponse {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = caseInsensitive;
    }

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String field(String name) {
        return json().path(name).asString(null);
    }

    public String errorType() {
        return json().path("error").path("type").asString(null);
    }

    public String errorMessage() {
        return json().path("error").path("message").asString(null);
    }

    public String header(String name) {
        return headers.get(name);
    }
}
