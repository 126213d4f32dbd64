package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.authgate.benchmarks.LocalCognito;
import dev.authgate.benchmarks.Table;

/**
 * Which jars of the Lambda artifact the function actually loads classes from, while it starts and answers the
 * artifact check's requests: the evidence for what {@code functions/src/assembly/lambda.xml} may leave out.
 */
public final class JarUsage {

    private JarUsage() {
    }

    public static String report(Deployment deployment, RuntimeApi api, LocalCognito cognito, Path work) {
        Path classLog = work.resolve("class-load.log").toAbsolutePath();
        Deployment logged = deployment.withFlags(List.of("-Xlog:class+load=info:file=" + classLog));
        List<String> problems = ArtifactCheck.problems(logged, api, cognito, work.resolve("jar-usage.log"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The artifact failed its check: " + problems);
        }
        Map<String, Integer> loaded = new TreeMap<>();
        List<Path> jars = TaskRoots.jars(deployment.taskRoot().resolve("lib"));
        jars.forEach(jar -> loaded.put(jar.getFileName().toString(), 0));
        for (String line : lines(classLog)) {
            int at = line.indexOf("/lib/");
            if (line.contains("source: file:") && at >= 0) {
                String jar = line.substring(at + "/lib/".length()).split("[!\\s]")[0];
                loaded.computeIfPresent(jar, (name, count) -> count + 1);
            }
        }
        Table table = new Table("jar", "KB", "classes loaded");
        loaded.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> table.row(entry.getKey(), size(deployment.taskRoot().resolve("lib").resolve(entry.getKey())) / 1024,
                        entry.getValue()));
        return "Classes each jar of " + deployment.artifact().getFileName() + " gives the function (start-up and "
                + "the artifact check's requests)\n\n" + table;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
