package dev.authgate.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.authgate.error.AuthException;
import dev.authgate.http.HttpRequest;
import dev.authgate.http.HttpResponse;
import dev.authgate.http.OperationDispatcher;

/**
 * The local web edge: every request goes to the same dispatcher as on Lambda, which answers the contract's
 * routes and 404 or 405 for everything else, so both edges give the same status codes and bodies.
 */
public final class LocalWebRoutes {

    private final OperationDispatcher dispatcher;

    public LocalWebRoutes(OperationDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route(RequestPredicates.all(), this::handle);
    }

    private ServerResponse handle(ServerRequest request) {
        HttpResponse response = dispatcher.dispatch(() -> read(request));
        return ServerResponse.status(response.status())
                .headers(headers -> response.headers().forEach(headers::set))
                .body(response.body());
    }

    private HttpRequest read(ServerRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpHeaders httpHeaders = request.headers().asHttpHeaders();
        httpHeaders.forEach((name, values) -> headers.put(name, String.join(",", values)));
        return HttpRequest.of(request.method().name(), request.requestPath().pathWithinApplication().value(), headers,
                readBody(request));
    }

    /**
     * Reads at most one byte past the limit: enough for the dispatcher to refuse an oversized body without
     * the edge holding it whole.
     */
    private byte[] readBody(ServerRequest request) {
        try (InputStream in = request.servletRequest().getInputStream()) {
            return in.readNBytes(dispatcher.maxBodyBytes() + 1);
        } catch (IOException e) {
            throw AuthException.invalidRequest("The request body could not be read.");
        }
    }
}
