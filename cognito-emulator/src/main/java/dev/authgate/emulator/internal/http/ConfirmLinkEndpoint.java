package dev.authgate.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.authgate.emulator.internal.protocol.ActionDispatcher;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Reply;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /confirmUser?client_id=&user_name=&confirmation_code=}: the link a pool that confirms by link puts in
 * its sign-up email, as Cognito's hosted page serves it. Opening it confirms the sign-up exactly as ConfirmSignUp
 * does with the same three values, and answers a short page saying so, or why not.
 */
final class ConfirmLinkEndpoint {
    private static final String PAGE = "text/plain; charset=utf-8";

    private final ActionDispatcher dispatcher;

    ConfirmLinkEndpoint(ActionDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        var request = Json.object();
        request.put("ClientId", query.getOrDefault("client_id", ""));
        request.put("Username", query.getOrDefault("user_name", ""));
        request.put("ConfirmationCode", query.getOrDefault("confirmation_code", ""));
        Reply reply = dispatcher.dispatch("ConfirmSignUp", request);
        if (reply.status() == 200) {
            Exchanges.send(exchange, 200, PAGE, "Your registration has been confirmed.\n");
        } else {
            Exchanges.send(exchange, reply.status(), PAGE, "Your registration could not be confirmed: "
                    + reply.body().path("message").asString("") + "\n");
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
