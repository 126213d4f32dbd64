package dev.authgate.benchmarks.warm;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import tools.jackson.databind.json.JsonMapper;

import dev.authgate.benchmarks.HttpApiEvent;

/**
 * Lever prototype: the Lambda edge without Spring Cloud Function's handler around it, as a plain
 * {@code RequestStreamHandler} would call the {@code apiGateway} function: event bytes in a message, the proxy
 * response written with Jackson. The difference to {@link LambdaEdge} is what the handler itself still costs
 * per request, now that the function skips its message conversion.
 */
final class DirectFunctionEdge implements Edge {

    private final Function<Message<byte[]>, Message<APIGatewayV2HTTPResponse>> apiGateway;
    private final JsonMapper json;
    private final Map<String, byte[]> events = new ConcurrentHashMap<>();

    DirectFunctionEdge(Function<Message<byte[]>, Message<APIGatewayV2HTTPResponse>> apiGateway, JsonMapper json) {
        this.apiGateway = Objects.requireNonNull(apiGateway, "apiGateway");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public String name() {
        return "Lambda edge without SCF's handler (prototype)";
    }

    @Override
    public int signIn(String username, String password) {
        return invoke(events.computeIfAbsent("signIn " + username + " " + password, key -> HttpApiEvent.signIn(username, password)));
    }

    @Override
    public int getUser(String accessToken) {
        return invoke(events.computeIfAbsent("getUser " + accessToken, key -> HttpApiEvent.getUser(accessToken)));
    }

    private int invoke(byte[] event) {
        APIGatewayV2HTTPResponse response = apiGateway.apply(MessageBuilder.withPayload(event).build()).getPayload();
        byte[] written = json.writeValueAsBytes(response);
        if (written.length == 0) {
            throw new IllegalStateException("No response written");
        }
        return response.getStatusCode();
    }
}
