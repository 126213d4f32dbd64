package dev.authgate.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request a test sends through an edge. */
public record HttpCall(String method, String path, Map<String, String> headers, String body) {

    public static HttpCall post(String path, String body) {
        return new HttpCall("POST", path, Map.of("Content-Type", "application/json"), body);
    }

    public static HttpCall get(String path) {
        return new HttpCall("GET", path, Map.of(), null);
    }

    public static HttpCall of(String method, String path) {
        return new HttpCall(method, path, Map.of(), null);
    }

    public static HttpCall delete(String path) {
        return new HttpCall("DELETE", path, Map.of(), null);
    }

    public HttpCall withBearer(String accessToken) {
        return withHeader("Authorization", "Bearer " + accessToken);
    }

    public HttpCall withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpCall(method, path, copy, body);
    }
}
