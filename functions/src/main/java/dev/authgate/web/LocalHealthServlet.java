package dev.authgate.web;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.health.PoolHealth;
import dev.authgate.http.HttpResponse;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationDispatcher;

/**
 * {@code GET /health} on the local app: 200 {@code {"status":"UP"}} while the user pool can be reached, 503
 * {@code {"status":"DOWN"}} while it cannot, with the headers of every other response.
 */
public final class LocalHealthServlet extends HttpServlet {

    private final transient PoolHealth health;
    private final transient OperationDispatcher dispatcher;
    private final transient JsonCodec json;

    public LocalHealthServlet(PoolHealth health, OperationDispatcher dispatcher, JsonCodec json) {
        this.health = Objects.requireNonNull(health, "health");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpResponse answer;
        if (!LoopbackHost.accepts(request.getHeader("Host"))) {
            answer = dispatcher.reject(LoopbackHost.misdirected());
        } else if (request.getMethod().equals("GET")) {
            boolean up = health.up();
            answer = dispatcher.answer(new HttpResponse(up ? 200 : 503, Map.of("Content-Type", JsonCodec.CONTENT_TYPE),
                    json.write(Map.of("status", up ? "UP" : "DOWN"))));
        } else {
            answer = dispatcher.reject(new AuthException(ErrorType.METHOD_NOT_ALLOWED, 405,
                    request.getMethod() + " is not allowed on /health; use GET.", Map.of("Allow", "GET"), null));
        }
        Responses.write(answer, response);
    }
}
