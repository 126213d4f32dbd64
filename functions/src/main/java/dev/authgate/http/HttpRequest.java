package dev.authgate.http;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as either edge received it, before any routing.
 *
 * @param method the HTTP method, upper case
 * @param path the path without stage prefix or query string
 * @param headers the headers, looked up case-insensitively
 * @param body the raw body, empty when there is none
 * @param rawEvent the API Gateway event when the request came through Lambda
 * @param lambdaContext the Lambda context when the request came through Lambda
 */
public record HttpRequest(String method, String path, Map<String, String> headers, byte[] body,
        Optional<Object> rawEvent, Optional<Object> lambdaContext) {

    public HttpRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(rawEvent, "rawEvent");
        Objects.requireNonNull(lambdaContext, "lambdaContext");
    }

    public static HttpRequest of(String method, String path, Map<String, String> headers, byte[] body) {
        return new HttpRequest(method, path, headers, body, Optional.empty(), Optional.empty());
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + path + "]";
    }
}
