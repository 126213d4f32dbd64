package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The deployments the cold-start benchmark compares: Authgate's Lambda zip and the zip of a plain Java function
 * that makes the same SDK call (the baseline), each unpacked as a task root and started by the RIC, and the variants the start-up levers make of them.
 */
public final class Deployments {

    public static final String AUTHGATE_HANDLER = "dev.authgate.lambda.ApiHandler::handleRequest";
    public static final String BASELINE_HANDLER = "dev.authgate.benchmarks.baseline.PlainSignInHandler::handleRequest";
    /**
     * The flags the Java 17 managed runtime starts the JVM with, less its heap size, agent and runtime archive:
     * C1 only, the serial collector, IPv4, and {@code org.crac} routed to the RIC's CRaC context.
     */
    public static final List<String> LAMBDA_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Djava.net.preferIPv4Stack=true", "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");

    private final Path java;
    private final List<Path> runtime;
    private final Path work;
    private final Map<String, String> environment;

    /**
     * @param java the JVM of the managed runtime
     * @param runtimeFolder the RIC and its dependencies, as the runtime's own classpath
     * @param work where task roots are unpacked
     * @param environment the function's environment variables (the Cognito settings)
     */
    public Deployments(Path java, Path runtimeFolder, Path work, Map<String, String> environment) {
        this.java = Objects.requireNonNull(java, "java");
        this.runtime = TaskRoots.jars(runtimeFolder.toAbsolutePath());
        this.work = work.toAbsolutePath();
        this.environment = Map.copyOf(environment);
        if (runtime.isEmpty()) {
            throw new IllegalStateException("No RIC jars in " + runtimeFolder + ": build the benchmarks module first");
        }
    }

    /** The RIC the deployments run on, by its jar's name. */
    public String runtimeDescription() {
        return runtime.stream().map(jar -> jar.getFileName().toString())
                .filter(name -> name.startsWith("aws-lambda-java-runtime-interface-client"))
                .map(name -> "RIC " + name.replace("aws-lambda-java-runtime-interface-client-", "").replace(".jar", ""))
                .findFirst().orElse("RIC");
    }

    /** Authgate's Lambda artifact. */
    public Deployment authgate(String name, Path zip) {
        return unpacked(name, zip, AUTHGATE_HANDLER);
    }

    /** The Lambda artifact of the plain Java function with the same SDK call. */
    public Deployment plainJava(String name, Path zip) {
        return unpacked(name, zip, BASELINE_HANDLER);
    }

    /**
     * The same artifact as a container image or custom runtime would run it: the jars of {@code lib/} on the
     * JVM's own classpath after the RIC's, and an empty task root, so that the application class loader loads
     * them, which is what an AppCDS archive or an AOT cache can hold (the RIC's own class loader is not).
     */
    public Deployment onJvmClasspath(Deployment deployment) {
        List<Path> classpath = new ArrayList<>(runtime);
        classpath.addAll(TaskRoots.jars(deployment.taskRoot().resolve("lib")));
        return deployment.withRuntimeClasspath(classpath, emptyTaskRoot());
    }

    private Path emptyTaskRoot() {
        Path empty = work.resolve("empty-task-root");
        try {
            Files.createDirectories(empty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return empty;
    }

    /**
     * Authgate's function as a container image runs it with the start-up archive Authgate ships: {@code scripts/startup-archive.sh},
     * run with the deployment's JVM, unpacks the zip's jars into a folder and trains the archive there; the JVM's
     * classpath is those jars, then the RIC's, and the task root is empty.
     */
    public Deployment withShippedArchive(Deployment deployment, Path script) {
        Path folder = work.resolve("shipped-" + slug(deployment.name()));
        Path log = work.resolve("shipped-" + slug(deployment.name()) + ".log");
        try {
            Process training = new ProcessBuilder("bash", script.toString(), "--java", deployment.java().toString(), folder.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (training.waitFor() != 0) {
                throw new IllegalStateException(script + " failed for " + deployment.name() + "; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + script + " ran", e);
        }
        Path appCds = folder.resolve("authgate.jsa");
        String use = Files.isRegularFile(appCds) ? "-XX:SharedArchiveFile=" + appCds : "-XX:AOTCache=" + folder.resolve("authgate.aot");
        List<Path> classpath = new ArrayList<>(TaskRoots.jars(folder.resolve("lib")));
        classpath.addAll(runtime);
        return deployment.withRuntimeClasspath(classpath, emptyTaskRoot()).withFlags(List.of(use));
    }

    /** The same deployment with more jars in its task root, as a lever with its own start class needs. */
    public Deployment withJars(Deployment deployment, String name, List<Path> jars) {
        Path taskRoot = TaskRoots.copyWith(deployment.taskRoot(), jars, work.resolve("task-" + slug(name)));
        return new Deployment(name, deployment.java(), deployment.jvmFlags(), deployment.runtimeClasspath(), taskRoot,
                deployment.artifact(), deployment.handler(), deployment.environment());
    }

    public Path work() {
        return work;
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    private Deployment unpacked(String name, Path zip, String handler) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No Lambda artifact at " + zip + ": build the project first");
        }
        Path taskRoot = TaskRoots.unpack(zip, work.resolve("task-" + slug(name)));
        return new Deployment(name, java, LAMBDA_FLAGS, runtime, taskRoot, zip.toAbsolutePath(), handler, environment);
    }
}
