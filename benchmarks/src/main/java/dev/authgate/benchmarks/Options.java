package dev.authgate.benchmarks;

import java.nio.file.Path;
import java.util.Set;

/**
 * What {@code scripts/bench.sh} passes on: where the build put things, how many runs and requests, and which
 * benchmarks to run.
 *
 * @param root the project folder
 * @param runs fresh JVMs per deployment in the cold-start benchmark (at least 7)
 * @param warmup requests per edge before the warm benchmarks measure
 * @param requests measured requests per edge and operation (at least 10,000)
 * @param levers also measure each start-up lever on its own (slower)
 * @param only the benchmarks to run: {@code cold}, {@code warm}, {@code rejection}; or {@code jars}
 * @param java25 a JDK 25 for the AOT-cache lever, if there is one
 */
public record Options(Path root, int runs, int warmup, int requests, boolean levers, Set<String> only, Path java25) {

    static final Set<String> ALL = Set.of("cold", "warm", "rejection");
    /** Not a benchmark: which jars of the Lambda artifact the function loads classes from. */
    static final String JARS = "jars";

    public static Options parse(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        int runs = 7;
        // After 2,000 iterations on two cores the p99s were still falling: the bare SDK call's getUser p99 was 2.4 ms
        // there against 1.7 ms after 10,000, and the edges' p99 overheads two to three times as high.
        int warmup = 10_000;
        int requests = 10_000;
        boolean levers = false;
        Set<String> only = ALL;
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--levers" -> levers = true;
                case "--only" -> only = Set.of(args[++i].split(","));
                case "--java25" -> java25 = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --runs N --warmup N --requests N --levers --only cold,warm,rejection --java25 PATH");
            }
        }
        if (only.stream().anyMatch(name -> !ALL.contains(name) && !name.equals(JARS))) {
            throw new IllegalArgumentException("--only takes a list of " + ALL + " or " + JARS);
        }
        return new Options(root, runs, warmup, requests, levers, only, java25);
    }

    public boolean runs(String benchmark) {
        return only.contains(benchmark);
    }

    public Path functionsZip() {
        return root.resolve("functions/target/authgate-lambda.zip");
    }

    public Path baselineZip() {
        return root.resolve("benchmarks/target/baseline-lambda.zip");
    }

    public Path experimentsJar() {
        return root.resolve("benchmarks/target/benchmarks-0.1.0-SNAPSHOT-experiments.jar");
    }

    public Path lambdaRuntime() {
        return root.resolve("benchmarks/target/lambda-runtime");
    }

    public Path work() {
        return root.resolve("benchmarks/target/bench");
    }
}
