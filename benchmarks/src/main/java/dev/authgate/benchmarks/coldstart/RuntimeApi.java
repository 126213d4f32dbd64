package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Lambda Runtime API on loopback: the {@code 2018-06-01} interface the RIC speaks, as the Lambda service
 * offers it to one execution environment. Each runtime process gets a session of events: every
 * {@code invocation/next} hands over the next one, every answer is noted with the time it arrived, and once the
 * events are used up {@code next} waits, as on Lambda between invocations, until the session is stopped.
 */
public final class RuntimeApi implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "runtime-api");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Session current;

    private RuntimeApi(HttpServer server) {
        this.server = server;
    }

    public static RuntimeApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            RuntimeApi api = new RuntimeApi(server);
            server.createContext(PREFIX, api::handle);
            server.setExecutor(api.threads);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The events the next runtime process is to receive, in order; the previous session ends. */
    public Session offer(List<byte[]> events) {
        Session previous = current;
        if (previous != null) {
            previous.stop();
        }
        Session session = new Session(events);
        current = session;
        return session;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            long arrived = System.nanoTime();
            Session session = current;
            if (session == null) {
                exchange.sendResponseHeaders(404, -1);
            } else if (path.equals("restore/next")) {
                // SnapStart: the runtime has run its beforeCheckpoint hooks; there is no snapshot here, so it resumes at once.
                session.restored.complete(arrived);
                exchange.sendResponseHeaders(200, -1);
            } else if (path.equals("invocation/next")) {
                next(exchange, session, arrived);
            } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
                session.answered(path, new Arrival(arrived, body, false));
                exchange.sendResponseHeaders(202, -1);
            } else if (path.endsWith("/error")) {
                session.answered(path, new Arrival(arrived, body, true));
                exchange.sendResponseHeaders(202, -1);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void next(HttpExchange exchange, Session session, long arrived) throws IOException {
        int index = session.handedOver.getAndIncrement();
        if (index >= session.events.size()) {
            session.awaitStop();
            exchange.sendResponseHeaders(410, -1);
            return;
        }
        if (index == 0) {
            session.initDone.complete(arrived);
        }
        byte[] event = session.events.get(index);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", session.requestIds.get(index));
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-1:123456789012:function:authgate-api");
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                "Root=1-6743a1b2-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=0");
        exchange.sendResponseHeaders(200, event.length);
        exchange.getResponseBody().write(event);
    }

    @Override
    public void close() {
        Session session = current;
        if (session != null) {
            session.stop();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    /** The events of one runtime process, and what became of them. */
    public static final class Session {
        private final List<byte[]> events;
        private final List<String> requestIds = new ArrayList<>();
        private final List<CompletableFuture<Arrival>> answers = new ArrayList<>();
        private final AtomicInteger handedOver = new AtomicInteger();
        /** When the runtime first asked for work: its init phase was over. */
        private final CompletableFuture<Long> initDone = new CompletableFuture<>();
        /** When a SnapStart runtime asked to be restored: its checkpoint hooks had run. */
        private final CompletableFuture<Long> restored = new CompletableFuture<>();
        private final CompletableFuture<Void> stopped = new CompletableFuture<>();
        /** Set if the runtime reported an init error, which no invocation answers. */
        private final CompletableFuture<Arrival> initError = new CompletableFuture<>();

        private Session(List<byte[]> events) {
            this.events = List.copyOf(events);
            for (int i = 0; i < events.size(); i++) {
                requestIds.add(UUID.randomUUID().toString());
                answers.add(new CompletableFuture<>());
            }
        }

        /** The answer to the event at this index, once it arrives (or the init error, if init failed). */
        public CompletableFuture<Arrival> answer(int index) {
            return answers.get(index).applyToEither(initError, arrival -> arrival);
        }

        /** When init ended, if it has; otherwise the fallback. */
        public long initDone(long fallback) {
            return initDone.getNow(fallback);
        }

        public void stop() {
            stopped.complete(null);
        }

        private void answered(String path, Arrival arrival) {
            if (path.equals("init/error")) {
                initError.complete(arrival);
                return;
            }
            String id = path.substring("invocation/".length(), path.lastIndexOf('/'));
            int index = requestIds.indexOf(id);
            if (index >= 0) {
                answers.get(index).complete(arrival);
            }
        }

        private void awaitStop() {
            try {
                stopped.get(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the session ends either way: this runtime gets no further event
            }
        }
    }

    /** A runtime's answer to one event: a response, or an error it reported. */
    public record Arrival(long nanoTime, byte[] body, boolean error) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
