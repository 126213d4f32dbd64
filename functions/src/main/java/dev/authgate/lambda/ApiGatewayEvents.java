package dev.authgate.lambda;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.authgate.error.AuthException;
import dev.authgate.http.HttpRequest;

/** Reads API Gateway proxy events, REST API (payload 1.0) and HTTP API (payload 2.0), into a request. */
final class ApiGatewayEvents {

    private ApiGatewayEvents() {
    }

    static HttpRequest toRequest(JsonNode event, Optional<Object> lambdaContext) {
        if ("2.0".equals(event.path("version").asString(""))) {
            return httpApi(event, lambdaContext);
        }
        if (event.hasNonNull("httpMethod")) {
            return restApi(event, lambdaContext);
        }
        throw AuthException.invalidRequest("The invocation is not an API Gateway proxy event.");
    }

    private static HttpRequest httpApi(JsonNode event, Optional<Object> lambdaContext) {
        JsonNode http = event.path("requestContext").path("http");
        String path = withoutStage(http.path("path").asString(event.path("rawPath").asString("/")),
                event.path("requestContext").path("stage").asString("$default"));
        return new HttpRequest(http.path("method").asString("GET"), path, singleValued(event.path("headers")),
                body(event), Optional.of(event), lambdaContext);
    }

    private static HttpRequest restApi(JsonNode event, Optional<Object> lambdaContext) {
        Map<String, String> headers = event.path("multiValueHeaders").isObject()
                ? joined(event.path("multiValueHeaders"))
                : singleValued(event.path("headers"));
        return new HttpRequest(event.path("httpMethod").asString(), event.path("path").asString("/"), headers,
                body(event), Optional.of(event), lambdaContext);
    }

    /** An HTTP API stage other than {@code $default} prefixes every path with its name. */
    private static String withoutStage(String path, String stage) {
        String prefix = "/" + stage;
        if (!"$default".equals(stage) && (path.equals(prefix) || path.startsWith(prefix + "/"))) {
            String rest = path.substring(prefix.length());
            return rest.isEmpty() ? "/" : rest;
        }
        return path;
    }

    private static Map<String, String> singleValued(JsonNode headers) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header : headers.properties()) {
            if (!header.getValue().isNull()) {
                result.put(header.getKey(), header.getValue().asString());
            }
        }
        return result;
    }

    private static Map<String, String> joined(JsonNode multiValueHeaders) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header : multiValueHeaders.properties()) {
            StringBuilder values = new StringBuilder();
            for (JsonNode value : header.getValue()) {
                values.append(values.isEmpty() ? "" : ",").append(value.asString());
            }
            result.put(header.getKey(), values.toString());
        }
        return result;
    }

    private static byte[] body(JsonNode event) {
        JsonNode body = event.get("body");
        if (body == null || body.isNull()) {
            return new byte[0];
        }
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(body.asString());
            } catch (IllegalArgumentException e) {
                throw AuthException.invalidRequest("The request body is not valid base64.");
            }
        }
        return body.asString().getBytes(StandardCharsets.UTF_8);
    }
}
