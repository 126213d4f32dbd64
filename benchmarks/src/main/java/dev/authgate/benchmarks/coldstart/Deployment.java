package dev.authgate.benchmarks.coldstart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One way of running a Lambda function for the cold-start benchmark: which JVM with which flags, the runtime's
 * classpath (the RIC, as in the managed runtime's {@code /var/runtime}), the unpacked artifact as task root
 * (the RIC loads {@code ./} and {@code ./lib/*.jar} from its working directory), the handler and the
 * function's environment.
 *
 * @param name how the report calls it
 * @param artifact the Lambda zip this runs, whose size the report shows
 */
public record Deployment(String name, Path java, List<String> jvmFlags, List<Path> runtimeClasspath, Path taskRoot,
        Path artifact, String handler, Map<String, String> environment) {

    public Deployment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(java, "java");
        jvmFlags = List.copyOf(jvmFlags);
        runtimeClasspath = List.copyOf(runtimeClasspath);
        Objects.requireNonNull(taskRoot, "taskRoot");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(handler, "handler");
        environment = Map.copyOf(environment);
    }

    public Deployment named(String newName) {
        return new Deployment(newName, java, jvmFlags, runtimeClasspath, taskRoot, artifact, handler, environment);
    }

    public Deployment withJava(Path newJava) {
        return new Deployment(name, newJava, jvmFlags, runtimeClasspath, taskRoot, artifact, handler, environment);
    }

    public Deployment withFlags(List<String> extraFlags) {
        List<String> flags = new ArrayList<>(jvmFlags);
        flags.addAll(extraFlags);
        return new Deployment(name, java, flags, runtimeClasspath, taskRoot, artifact, handler, environment);
    }

    public Deployment withRuntimeClasspath(List<Path> newClasspath, Path newTaskRoot) {
        return new Deployment(name, java, jvmFlags, newClasspath, newTaskRoot, artifact, handler, environment);
    }

    public Deployment withArtifact(Path newArtifact, Path newTaskRoot) {
        return new Deployment(name, java, jvmFlags, runtimeClasspath, newTaskRoot, newArtifact, handler, environment);
    }

    public Deployment withEnvironment(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(environment);
        merged.putAll(extra);
        return new Deployment(name, java, jvmFlags, runtimeClasspath, taskRoot, artifact, handler, merged);
    }
}
