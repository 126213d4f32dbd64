package dev.authgate.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.authgate.emulator.internal.protocol.ActionDispatcher;
import dev.authgate.emulator.internal.protocol.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.UUID;

/** {@code POST /}: the Cognito JSON protocol. Signatures are not checked; any credentials will do. */
final class CognitoApiEndpoint {
    private static final String AMZ_JSON = "application/x-amz-json-1.1";

    private final ActionDispatcher dispatcher;

    CognitoApiEndpoint(ActionDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Reply reply = dispatcher.dispatch(exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        reply.errorType().ifPresent(type -> exchange.getResponseHeaders().set("x-amzn-ErrorType", type));
        Exchanges.send(exchange, reply.status(), AMZ_JSON, reply.body().toString());
    }
}
