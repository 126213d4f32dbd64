package dev.authgate.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.authgate.emulator.internal.code.Outbox;
import dev.authgate.emulator.internal.protocol.ActionDispatcher;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes the emulator's few paths: the Cognito API at {@code POST /}, and the extras a developer or
 * resource server needs on the same port: {@code /health}, {@code /outbox} (read, and appended to by
 * local senders), {@code /confirmUser} (the sign-up confirmation link) and each pool's JWKS.
 */
public final class Router implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(Router.class.getName());
    private static final Pattern JWKS = Pattern.compile("^/([^/]+)/\\.well-known/jwks\\.json$");

    private final CognitoApiEndpoint api;
    private final OutboxEndpoint outbox;
    private final ConfirmLinkEndpoint confirmLink;
    private final Function<String, Optional<String>> jwksOfPool;

    /**
     * @param clock stamps the entries posted to the outbox
     * @param jwksOfPool the JWKS document of a pool, empty when there is no such pool
     */
    public Router(ActionDispatcher dispatcher, Outbox outbox, Clock clock, Function<String, Optional<String>> jwksOfPool) {
        this.api = new CognitoApiEndpoint(dispatcher);
        this.outbox = new OutboxEndpoint(outbox, clock);
        this.confirmLink = new ConfirmLinkEndpoint(dispatcher);
        this.jwksOfPool = Objects.requireNonNull(jwksOfPool, "jwksOfPool");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange, exchange.getRequestURI().getPath(), exchange.getRequestMethod());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not answer " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(), e);
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String path, String method) throws IOException {
        Matcher jwks = JWKS.matcher(path);
        if (!LoopbackHost.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            Exchanges.message(exchange, 421, "The emulator answers only requests addressed to a loopback name: 127.0.0.1, localhost or [::1].");
        } else if (path.equals("/")) {
            if (requireMethod(exchange, method, "POST")) {
                api.handle(exchange);
            }
        } else if (path.equals("/health")) {
            if (requireMethod(exchange, method, "GET")) {
                Exchanges.send(exchange, 200, Exchanges.JSON, "{\"status\":\"UP\"}");
            }
        } else if (path.equals("/outbox")) {
            if (method.equals("POST")) {
                outbox.append(exchange);
            } else if (requireMethod(exchange, method, "GET", "POST")) {
                outbox.list(exchange);
            }
        } else if (path.equals("/confirmUser")) {
            if (requireMethod(exchange, method, "GET")) {
                confirmLink.handle(exchange);
            }
        } else if (jwks.matches()) {
            if (requireMethod(exchange, method, "GET")) {
                Optional<String> document = jwksOfPool.apply(jwks.group(1));
                if (document.isPresent()) {
                    Exchanges.send(exchange, 200, Exchanges.JSON, document.get());
                } else {
                    Exchanges.message(exchange, 404, "User pool " + jwks.group(1) + " does not exist.");
                }
            }
        } else {
            Exchanges.message(exchange, 404, "Not found");
        }
    }

    private static boolean requireMethod(HttpExchange exchange, String method, String... allowed) throws IOException {
        if (List.of(allowed).contains(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
        Exchanges.message(exchange, 405, "Method not allowed");
        return false;
    }
}
