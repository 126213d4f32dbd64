package dev.authgate.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.authgate.error.AuthException;
import dev.authgate.http.HttpRequest;
import dev.authgate.http.OperationDispatcher;

/**
 * The local web edge: every request, whatever its path or method (preflights included, which Spring MVC would
 * otherwise answer itself), goes to the same dispatcher as on Lambda, so both edges give the same status codes,
 * headers and bodies. A request addressed to a name other than loopback's (a web page rebinding its own name to
 * 127.0.0.1) is refused with 421.
 */
public final class LocalWebServlet extends HttpServlet {

    private final transient OperationDispatcher dispatcher;

    public LocalWebServlet(OperationDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.write(dispatcher.dispatch(() -> {
            if (!LoopbackHost.accepts(request.getHeader("Host"))) {
                throw LoopbackHost.misdirected();
            }
            return read(request);
        }), response);
    }

    private HttpRequest read(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, String.join(",", Collections.list(request.getHeaders(name))));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HttpRequest.of(request.getMethod(), path, headers, readBody(request));
    }

    /**
     * Reads at most one byte past the limit: enough for the dispatcher to refuse an oversized body without
     * the edge holding it whole.
     */
    private byte[] readBody(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(dispatcher.maxBodyBytes() + 1);
        } catch (IOException e) {
            throw AuthException.invalidRequest("The request body could not be read.");
        }
    }
}
