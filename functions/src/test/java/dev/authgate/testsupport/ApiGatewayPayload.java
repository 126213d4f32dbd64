package dev.authgate.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds API Gateway proxy events in the real formats from a test's request: REST API (payload 1.0), and
 * HTTP API (payload 2.0) on the {@code $default} stage or on a named stage, which prefixes the path.
 */
public enum ApiGatewayPayload {
    REST_API_V1("rest-api-v1.json", null),
    HTTP_API_V2("http-api-v2.json", null),
    HTTP_API_V2_WITH_STAGE("http-api-v2.json", "production");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String template;
    private final String stage;

    ApiGatewayPayload(String template, String stage) {
        this.template = template;
        this.stage = stage;
    }

    public byte[] event(HttpCall call) {
        return JSON.writeValueAsBytes(filled(call));
    }

    /**
     * The event API Gateway sends for a request no operation's route matches: on an HTTP API the {@code $default}
     * route's ({@code routeKey} {@code $default}); on a REST API the greedy {@code /{proxy+}} resource's, which the
     * REST template already is.
     */
    public byte[] eventOnDefaultRoute(HttpCall call) {
        ObjectNode event = filled(call);
        if (this != REST_API_V1) {
            event.put("routeKey", "$default");
            ((ObjectNode) event.get("requestContext")).put("routeKey", "$default");
        }
        return JSON.writeValueAsBytes(event);
    }

    private ObjectNode filled(HttpCall call) {
        ObjectNode event = (ObjectNode) read(template);
        // API Gateway gives every request an id of its own.
        ((ObjectNode) event.get("requestContext")).put("requestId", java.util.UUID.randomUUID().toString());
        if (this == REST_API_V1) {
            fillRestApi(event, call);
        } else {
            fillHttpApi(event, call);
        }
        if (call.body() == null) {
            event.putNull("body");
        } else {
            event.put("body", call.body());
        }
        return event;
    }

    private static void fillRestApi(ObjectNode event, HttpCall call) {
        event.put("path", call.path());
        event.put("httpMethod", call.method());
        ObjectNode context = (ObjectNode) event.get("requestContext");
        context.put("httpMethod", call.method());
        context.put("path", "/" + context.get("stage").asString() + call.path());
        ((ObjectNode) event.get("pathParameters")).put("proxy", call.path().substring(1));
        ObjectNode headers = (ObjectNode) event.get("headers");
        ObjectNode multiValueHeaders = (ObjectNode) event.get("multiValueHeaders");
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            headers.put(header.getKey(), header.getValue());
            multiValueHeaders.putArray(header.getKey()).add(header.getValue());
        }
    }

    private void fillHttpApi(ObjectNode event, HttpCall call) {
        String path = stage == null ? call.path() : "/" + stage + call.path();
        event.put("routeKey", call.method() + " " + call.path());
        event.put("rawPath", path);
        ObjectNode context = (ObjectNode) event.get("requestContext");
        context.put("routeKey", call.method() + " " + call.path());
        context.put("stage", stage == null ? "$default" : stage);
        ObjectNode http = (ObjectNode) context.get("http");
        http.put("method", call.method());
        http.put("path", path);
        ObjectNode headers = (ObjectNode) event.get("headers");
        headers.put("content-length", call.body() == null ? "0" : Integer.toString(call.body().getBytes(StandardCharsets.UTF_8).length));
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            headers.put(header.getKey().toLowerCase(java.util.Locale.ROOT), header.getValue());
        }
    }

    private static JsonNode read(String name) {
        try (InputStream in = ApiGatewayPayload.class.getResourceAsStream("/events/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
