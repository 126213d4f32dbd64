package dev.authgate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A running dynalite (an independent implementation of DynamoDB's API, pinned in {@code src/test/dynalite}) on a free
 * loopback port, in memory, for testing the DynamoDB adapters against more than our own reading of DynamoDB.
 */
public final class Dynalite implements AutoCloseable {

    private static final NodePackage PACKAGE = new NodePackage("dynalite", "node_modules/dynalite/cli.js", "authgate.dynalite.dir");
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private Dynalite(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Installs dynalite if needed, starts it and waits until it listens. */
    public static Dynalite start() {
        Path packageDir = PACKAGE.install();
        int port = freePort();
        try {
            Path log = Files.createTempFile("dynalite-", ".log");
            Process process = new ProcessBuilder(NodePackage.executable("node").toString(),
                    packageDir.resolve(PACKAGE.startScript()).toString(), "--host", HOST, "--port", Integer.toString(port),
                    // A new table is ACTIVE at once, as a test needs it, rather than after dynalite's default half second.
                    "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Dynalite dynalite = new Dynalite(process, port, log);
            dynalite.awaitListening();
            return dynalite;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start dynalite", e);
        }
    }

    /** A client for it, as the adapters build theirs, with the test's fixed credentials. */
    public DynamoDbClient client() {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create("http://" + HOST + ":" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(log);
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with status " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket probe = new Socket(HOST, port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for dynalite", e);
                }
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("dynalite did not listen on port " + port + " within " + START_TIMEOUT + ": " + Files.readString(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}
