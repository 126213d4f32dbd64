package dev.authgate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A running cognito-local (the third-party Cognito emulator pinned in {@code src/test/cognito-local})
 * on a free loopback port, for cross-checking the Cognito adapter against a second reading of Cognito.
 *
 * <p>{@link #start()} installs the pinned package with {@code npm ci} when it is not installed yet
 * (under a file lock, so concurrent JVMs install once), starts {@code node .../lib/bin/start.js} with
 * {@code PORT} and {@code HOST=127.0.0.1} in a fresh temporary working directory (cognito-local keeps
 * its config and data in {@code .cognito/} under its working directory) and waits until it answers.
 * {@link #close()} stops the process and its descendants and deletes that directory.
 *
 * <p>The working directory gets a {@code .cognito/config.json} that sets
 * {@code UserPoolDefaults.UsernameAttributes} to {@code []}: cognito-local's own default is
 * {@code ["email"]}, which would make every pool an email-as-username pool even when CreateUserPool
 * does not ask for one, unlike Cognito.
 *
 * <p>cognito-local sends no mail: it prints the codes it would deliver to its log, through an
 * asynchronous, buffered logger, so a code may reach the log seconds after the call that sent it, or only
 * when more is logged. Tests therefore start it with a fixed code (its {@code CODE} variable), which makes
 * every code (and a default temporary password) that value.
 *
 * <p>The folder holding {@code package.json} is {@code <basedir>/src/test/cognito-local}, where basedir
 * is the system property {@code basedir} (surefire sets it to the module folder) or else the working
 * directory; the system property {@value #DIR_PROPERTY} names the folder directly and wins over both.
 */
public final class CognitoLocal implements AutoCloseable {

    /** System property naming the folder holding cognito-local's package.json and lock file. */
    public static final String DIR_PROPERTY = "authgate.cognito-local.dir";

    /** The package's "bin" entry, per its package.json. */
    private static final String START_SCRIPT = "node_modules/cognito-local/lib/bin/start.js";
    private static final NodePackage PACKAGE = new NodePackage("cognito-local", START_SCRIPT, DIR_PROPERTY);
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int START_ATTEMPTS = 3;
    private static final String CONFIG_JSON = "{\"UserPoolDefaults\":{\"UsernameAttributes\":[]}}\n";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private final Process process;
    private final Path workDir;
    private final Path logFile;
    private final int port;
    private final Thread shutdownHook;
    private volatile String logsAfterClose;

    private CognitoLocal(Process process, Path workDir, Path logFile, int port) {
        this.process = process;
        this.workDir = workDir;
        this.logFile = logFile;
        this.port = port;
        this.shutdownHook = new Thread(this::stopProcessTree, "cognito-local-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Installs cognito-local if needed, starts it on a free loopback port with every code it generates
     * being {@code fixedCode}, and waits until it answers.
     */
    public static CognitoLocal start(String fixedCode) {
        Objects.requireNonNull(fixedCode, "fixedCode");
        Path packageDir = PACKAGE.install();
        Path node = NodePackage.executable("node");
        Path workDir = createWorkDir();
        IllegalStateException failure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = freePort();
            Path logFile = workDir.resolve("cognito-local-" + port + ".log");
            Process process = launch(node, packageDir, workDir, logFile, port, fixedCode);
            CognitoLocal started = new CognitoLocal(process, workDir, logFile, port);
            try {
                started.awaitReady();
                return started;
            } catch (RuntimeException e) {
                started.stopProcessTree();
                Runtime.getRuntime().removeShutdownHook(started.shutdownHook);
                failure = new IllegalStateException(e.getMessage() + "\n--- cognito-local log ---\n" + started.logs(), e);
                if (!started.logs().contains("EADDRINUSE")) {
                    break; // only a lost race for the port is worth another try
                }
            }
        }
        deleteRecursively(workDir);
        throw failure;
    }

    /** The base URI to POST Cognito JSON requests to, e.g. {@code http://127.0.0.1:40123}. */
    public URI endpoint() {
        return URI.create("http://" + HOST + ":" + port);
    }

    public int port() {
        return port;
    }

    /** cognito-local's stdout and stderr so far, without colour codes; still available after close. */
    public String logs() {
        String closed = logsAfterClose;
        if (closed != null) {
            return closed;
        }
        try {
            return ANSI.matcher(Files.readString(logFile, StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            return "(cognito-local log unreadable: " + e + ")";
        }
    }

    /** Stops cognito-local and its descendants, waits for them, and deletes the working directory. */
    @Override
    public synchronized void close() {
        if (logsAfterClose != null) {
            return;
        }
        stopProcessTree();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmShuttingDown) {
            // the hook is running or has run; nothing left to unregister
        }
        logsAfterClose = logs();
        deleteRecursively(workDir);
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(endpoint().resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("cognito-local exited with status " + process.exitValue()
                        + " before answering on port " + port);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for cognito-local", e);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("cognito-local did not answer on port " + port + " within " + START_TIMEOUT);
    }

    private void stopProcessTree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle handle : tree) {
            awaitExit(handle, Duration.between(Instant.now(), deadline));
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                awaitExit(handle, STOP_TIMEOUT);
            }
        }
    }

    private static void awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception stillRunning) {
            // the caller decides what to do with a process that is still alive
        }
    }

    private static Process launch(Path node, Path packageDir, Path workDir, Path logFile, int port, String fixedCode) {
        ProcessBuilder builder = new ProcessBuilder(node.toString(), packageDir.resolve(START_SCRIPT).toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        env.remove("CODE");
        env.remove("DEBUG");
        env.remove("COGNITO_LOCAL_DEVMODE");
        env.put("PORT", Integer.toString(port));
        env.put("HOST", HOST);
        env.put("AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE", "1");
        env.put("CODE", fixedCode);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + node + " for cognito-local", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    private static Path createWorkDir() {
        try {
            Path dir = Files.createTempDirectory("cognito-local-");
            Files.createDirectories(dir.resolve(".cognito"));
            Files.writeString(dir.resolve(".cognito").resolve("config.json"), CONFIG_JSON);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a working directory for cognito-local", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for cognito-local", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
