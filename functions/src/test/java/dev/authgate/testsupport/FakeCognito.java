package dev.authgate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Cognito on loopback that answers every call the same way, and counts the calls by action:
 * for failures the emulator does not produce, such as throttling, internal errors and silence.
 */
public final class FakeCognito implements AutoCloseable {

    private final HttpServer server;
    private final List<String> actions = new CopyOnWriteArrayList<>();

    private FakeCognito(int status, String errorType, long delayMillis) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            actions.add(target == null ? "" : target.substring(target.indexOf('.') + 1));
            exchange.getRequestBody().readAllBytes();
            sleep(delayMillis);
            byte[] body = ("{\"__type\":\"" + errorType + "\",\"message\":\"" + errorType + " from the fake\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Answers every call with this error, as Cognito's JSON protocol does. */
    public static FakeCognito failingWith(int status, String errorType) {
        return new FakeCognito(status, errorType, 0);
    }

    /** Accepts every call and answers only after the delay: a Cognito that hangs. */
    public static FakeCognito silentFor(long delayMillis) {
        return new FakeCognito(500, "InternalErrorException", delayMillis);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The actions called so far, in order, one entry per HTTP request (retries included). */
    public List<String> actions() {
        return List.copyOf(actions);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
