package dev.authgate.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.authgate.emulator.internal.ActionCatalog;
import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Outbox;
import dev.authgate.emulator.internal.http.Router;
import dev.authgate.emulator.internal.protocol.ActionDispatcher;
import dev.authgate.emulator.internal.state.Store;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SigningKey;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.trigger.Triggers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Amazon Cognito user pool on loopback, speaking the Cognito Identity Provider JSON protocol so
 * that the AWS SDK can be pointed at it with {@code endpointOverride(emulator.endpoint())}.
 *
 * <pre>{@code
 * try (CognitoEmulator emulator = CognitoEmulator.start(EmulatorOptions.defaults())) {
 *     CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
 *             .endpointOverride(emulator.endpoint()) ...
 * }
 * }</pre>
 */
public final class CognitoEmulator implements AutoCloseable {
    private static final int THREADS = 8;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Outbox outbox;

    private CognitoEmulator(HttpServer server, ExecutorService executor, Outbox outbox) {
        this.server = server;
        this.executor = executor;
        this.outbox = outbox;
    }

    /** Loads (or creates) the data folder, binds the port and starts answering. */
    public static CognitoEmulator start(EmulatorOptions options) {
        Optional<Path> dataDir = options.dataDir();
        dataDir.ifPresent(CognitoEmulator::createFolder);
        Store store = dataDir.map(Store::inFolder).orElseGet(Store::inMemory);
        Outbox outbox = dataDir.map(Outbox::inFolder).orElseGet(Outbox::inMemory);
        SigningKey key = dataDir.map(SigningKey::loadOrCreate).orElseGet(SigningKey::generate);

        HttpServer server = bind(options.port());
        // The issuer names the real port, known only once bound (port 0 picks one).
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        TokenIssuer issuer = new TokenIssuer(key, endpoint.toString());
        Triggers triggers = new Triggers(options.triggerInvoker(), store);
        ActionDispatcher dispatcher = new ActionDispatcher(
                ActionCatalog.create(options.clock(), new CodeSender(outbox, endpoint), issuer, new AccessTokenVerifier(key), triggers), store);
        server.createContext("/", new Router(dispatcher, outbox, options.clock(),
                poolId -> store.run(false, state -> state.findPool(poolId).map(pool -> key.publicJwks()))));
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.start();
        return new CognitoEmulator(server, executor, outbox);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}: the SDK's endpoint override, and the base of every token's issuer. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Every message the pool would have sent, newest first. */
    public List<OutboxEntry> outbox() {
        return outbox.newestFirst();
    }

    /** Stops answering at once; with a data folder, everything is already saved. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static HttpServer bind(int port) {
        // The JDK server flushes headers and body as separate small packets; with Nagle's algorithm
        // on, each response then waits for a delayed ACK (~40 ms). Read once, when the server class
        // loads, so it is set before the first bind unless the embedding application chose otherwise.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port, e);
        }
    }

    private static void createFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder " + dataDir, e);
        }
    }

    // Daemon threads: an embedding test or app that forgets close() can still exit.
    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "cognito-emulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
