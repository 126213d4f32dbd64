package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.authgate.benchmarks.HttpApiEvent;
import dev.authgate.benchmarks.LocalCognito;
import dev.authgate.benchmarks.Options;
import dev.authgate.benchmarks.Table;
import dev.authgate.benchmarks.Targets;

/**
 * Runs benchmark 1 for Authgate's function and a plain Java function with the same SDK call, with default flags
 * and with the start-up option the project ships: the jars on the JVM's classpath and an AppCDS archive, Authgate's made by
 * {@code scripts/startup-archive.sh}, the baseline's by one training invocation through the RIC. When asked, also
 * with each start-up lever on its own.
 */
public final class ColdStartSection {

    private static final String AUTHGATE = "Authgate's function";
    private static final String PLAIN_JAVA = "plain Java function";
    private static final String APP_CDS = ", classpath + AppCDS";

    private final Options options;
    private final LocalCognito cognito;

    public ColdStartSection(Options options, LocalCognito cognito) {
        this.options = options;
        this.cognito = cognito;
    }

    public String run(Targets targets) throws IOException {
        Path work = options.work();
        Path logs = work.resolve("logs");
        Files.createDirectories(logs);
        Deployments deployments = deployments(work);
        byte[] event = HttpApiEvent.signIn(LocalCognito.USERNAME, LocalCognito.PASSWORD);
        try (RuntimeApi api = RuntimeApi.start()) {
            ColdStartBenchmark benchmark = new ColdStartBenchmark(api, event, logs);
            Deployment authgate = deployments.authgate(AUTHGATE, options.functionsZip());
            List<String> problems = ArtifactCheck.problems(authgate, api, cognito, logs.resolve("artifact-check.log"));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The Lambda artifact failed its check: " + problems);
            }
            Deployment plainJava = deployments.plainJava(PLAIN_JAVA, options.baselineZip());
            Path archives = work.resolve("archives");
            Path startupArchiveScript = options.root().resolve("scripts/startup-archive.sh");
            Deployment authgateCds = deployments.withShippedArchive(authgate.named(AUTHGATE + APP_CDS), startupArchiveScript);
            Deployment plainJavaCds = StartupArchive.train(deployments.onJvmClasspath(plainJava).named(PLAIN_JAVA + APP_CDS),
                    StartupArchive.Kind.APP_CDS, benchmark, archives);
            List<Deployment> measured = new ArrayList<>(List.of(authgate, plainJava, authgateCds, plainJavaCds));
            if (options.levers()) {
                Levers levers = new Levers(deployments, benchmark, archives, options.java25(), options.experimentsJar(),
                        startupArchiveScript);
                measured.addAll(levers.of(authgate, plainJava));
            }
            List<ColdStartBenchmark.Result> results = benchmark.measure(measured, options.runs());
            return report(results, targets, deployments.runtimeDescription());
        }
    }

    /** The jars of the Lambda artifact and how many classes the function loads from each. */
    public String jarUsage() throws IOException {
        Path work = options.work();
        Files.createDirectories(work);
        try (RuntimeApi api = RuntimeApi.start()) {
            return JarUsage.report(deployments(work).authgate(AUTHGATE, options.functionsZip()), api, cognito, work);
        }
    }

    private Deployments deployments(Path work) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new Deployments(java, options.lambdaRuntime(), work, cognito.environment());
    }

    private String report(List<ColdStartBenchmark.Result> results, Targets targets, String runtime) {
        ColdStartBenchmark.Result authgate = find(results, AUTHGATE);
        ColdStartBenchmark.Result plainJava = find(results, PLAIN_JAVA);
        ColdStartBenchmark.Result plainJavaCds = find(results, PLAIN_JAVA + APP_CDS);
        Table table = new Table("deployment", "first response (median ms)", "init (median ms)", "first invoke (median ms)",
                "peak RSS (median MiB)", "artifact (MB)", "vs plain Java", "vs plain Java" + APP_CDS);
        for (ColdStartBenchmark.Result result : results) {
            table.row(result.deployment().name(),
                    Table.fixed(result.medianMillis(), 0),
                    Table.fixed(result.medianInitMillis(), 0),
                    Table.fixed(result.medianInvokeMillis(), 0),
                    Table.fixed(result.medianPeakRssMiB(), 0),
                    Table.fixed(result.artifactBytes() / 1e6, 1),
                    Table.fixed(result.medianMillis() / plainJava.medianMillis(), 2),
                    Table.fixed(result.medianMillis() / plainJavaCds.medianMillis(), 2));
        }
        ColdStartBenchmark.Result authgateCds = find(results, AUTHGATE + APP_CDS);
        targets.atMost("cold start Authgate / plain Java, default flags <= 1.5", authgate.medianMillis() / plainJava.medianMillis(),
                1.5, "", 2);
        targets.atMost("cold start Authgate / plain Java, shipped option (Authgate" + APP_CDS + " / plain Java) <= 1.1",
                authgateCds.medianMillis() / plainJava.medianMillis(), 1.1, "", 2);
        targets.atMost("cold start Authgate / plain Java, both with the option <= 1.1",
                authgateCds.medianMillis() / plainJavaCds.medianMillis(), 1.1, "", 2);
        targets.atMost("Lambda artifact <= 16 MB zipped", authgate.artifactBytes() / 1e6, 16, " MB", 1);
        return "1. Cold start: JVM launch to the API Gateway response, " + runtime + " against a Runtime API on "
                + "loopback, one HTTP API v2 POST /auth/sign-in, " + String.join(" ", Deployments.LAMBDA_FLAGS) + ", "
                + authgate.samples().size() + " interleaved runs each, medians\n\n" + table;
    }

    private static ColdStartBenchmark.Result find(List<ColdStartBenchmark.Result> results, String name) {
        return results.stream().filter(result -> result.deployment().name().equals(name)).findFirst().orElseThrow();
    }
}
