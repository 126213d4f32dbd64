package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * One Lambda execution environment: a fresh JVM running the Runtime Interface Client as its main class, in the
 * deployment's task root, against the Runtime API, with the environment the Lambda service gives a function.
 */
public final class LambdaProcess implements AutoCloseable {

    public static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final long ANSWER_TIMEOUT_SECONDS = 90;

    private final Deployment deployment;
    private final RuntimeApi.Session session;
    private final Process process;
    private final long launched;
    private final Path log;

    private LambdaProcess(Deployment deployment, RuntimeApi.Session session, Process process, long launched, Path log) {
        this.deployment = deployment;
        this.session = session;
        this.process = process;
        this.launched = launched;
        this.log = log;
    }

    /** Launches the runtime; the clock of {@link #launched()} starts just before the process does. */
    public static LambdaProcess launch(Deployment deployment, RuntimeApi api, List<byte[]> events, Path log) {
        RuntimeApi.Session session = api.offer(events);
        ProcessBuilder builder = new ProcessBuilder(command(deployment))
                .directory(deployment.taskRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(deployment, api));
        long launched = System.nanoTime();
        try {
            return new LambdaProcess(deployment, session, builder.start(), launched, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runtime's answer to the event at this index; an error it reported fails with its text. */
    public RuntimeApi.Arrival answer(int index) {
        try {
            RuntimeApi.Arrival arrival = session.answer(index).get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (arrival.error()) {
                throw new IllegalStateException(deployment.name() + " reported an error: " + arrival.text() + "; see " + log);
            }
            return arrival;
        } catch (TimeoutException e) {
            throw new IllegalStateException(deployment.name() + " gave no answer in " + ANSWER_TIMEOUT_SECONDS + " s; see " + log, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long launched() {
        return launched;
    }

    /** When the runtime first asked for an event, that is when its init phase ended. */
    public long initDone(long fallback) {
        return session.initDone(fallback);
    }

    /** VmHWM: the most memory the process has had resident so far, in KiB. */
    public long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new IllegalStateException("No VmHWM for process " + process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the runtime as Lambda shuts an environment down (SIGTERM), and waits for the JVM to exit. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.stop();
        }
    }

    static List<String> command(Deployment deployment) {
        List<String> command = new ArrayList<>();
        command.add(deployment.java().toString());
        command.addAll(deployment.jvmFlags());
        command.add("-cp");
        command.add(deployment.runtimeClasspath().stream().map(Path::toString).collect(Collectors.joining(":")));
        command.add(RIC_MAIN);
        command.add(deployment.handler());
        return command;
    }

    /** The environment the Lambda service gives a function, then the function's own variables. */
    static Map<String, String> environment(Deployment deployment, RuntimeApi api) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("LAMBDA_TASK_ROOT", deployment.taskRoot().toString());
        env.put("_HANDLER", deployment.handler());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "authgate-api");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/authgate-api");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/11/24/[$LATEST]0123456789abcdef0123456789abcdef");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_SESSION_TOKEN", "local");
        env.putAll(deployment.environment());
        return env;
    }
}
