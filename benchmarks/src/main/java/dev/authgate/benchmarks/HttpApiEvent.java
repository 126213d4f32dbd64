package dev.authgate.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * API Gateway HTTP API (payload 2.0) events as API Gateway sends them to the function, built from one
 * recorded-format template.
 */
public final class HttpApiEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEMPLATE = "http-api-v2-sign-in.json";

    private HttpApiEvent() {
    }

    /** {@code POST /auth/sign-in} with the user's credentials. */
    public static byte[] signIn(String username, String password) {
        ObjectNode event = template();
        String body = JSON.writeValueAsString(Map.of("username", username, "password", password));
        event.put("body", body);
        ((ObjectNode) event.get("headers")).put("content-length", Integer.toString(body.length()));
        return JSON.writeValueAsBytes(event);
    }

    /** {@code GET /auth/user} with a Bearer token. */
    public static byte[] getUser(String accessToken) {
        ObjectNode event = template();
        event.put("routeKey", "GET /auth/user");
        event.put("rawPath", "/auth/user");
        event.remove("body");
        ObjectNode headers = (ObjectNode) event.get("headers");
        headers.remove("content-length");
        headers.remove("content-type");
        headers.put("authorization", "Bearer " + accessToken);
        ObjectNode context = (ObjectNode) event.get("requestContext");
        context.put("routeKey", "GET /auth/user");
        ((ObjectNode) context.get("http")).put("method", "GET").put("path", "/auth/user");
        return JSON.writeValueAsBytes(event);
    }

    /** Any method and path, with optional body and headers, as HTTP API sends it. */
    public static byte[] request(String method, String path, String body, Map<String, String> extraHeaders) {
        ObjectNode event = template();
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        ObjectNode headers = (ObjectNode) event.get("headers");
        if (body == null) {
            event.remove("body");
            headers.remove("content-length");
            headers.remove("content-type");
        } else {
            event.put("body", body);
            headers.put("content-length", Integer.toString(body.length()));
        }
        extraHeaders.forEach(headers::put);
        ObjectNode context = (ObjectNode) event.get("requestContext");
        context.put("routeKey", "$default");
        ((ObjectNode) context.get("http")).put("method", method).put("path", path);
        return JSON.writeValueAsBytes(event);
    }

    /** The same request as API Gateway's REST API (payload 1.0) sends it. */
    public static byte[] restApi(String method, String path, String body) {
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", "/{proxy+}");
        event.put("path", path);
        event.put("httpMethod", method);
        event.putObject("headers").put("Content-Type", "application/json").put("Host", "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
        event.putObject("multiValueHeaders").putArray("Content-Type").add("application/json");
        event.putNull("queryStringParameters");
        event.putNull("pathParameters");
        event.putObject("requestContext").put("resourcePath", "/{proxy+}").put("httpMethod", method).put("path", "/prod" + path)
                .put("stage", "prod").put("requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return JSON.writeValueAsBytes(event);
    }

    private static ObjectNode template() {
        try (InputStream in = HttpApiEvent.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TEMPLATE);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
