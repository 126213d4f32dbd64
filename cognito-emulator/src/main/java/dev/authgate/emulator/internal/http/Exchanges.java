package dev.authgate.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.authgate.emulator.internal.protocol.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing a complete response, the only way the endpoints answer. */
final class Exchanges {
    static final String JSON = "application/json";

    private Exchanges() {
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static void message(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JSON, Json.object().put("message", message).toString());
    }
}
