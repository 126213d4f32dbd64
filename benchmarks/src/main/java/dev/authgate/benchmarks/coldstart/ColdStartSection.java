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
 * Runs benchmark 1 for (a) Authgate and (b) the baseline, with default flags and with the start-up option the
 * project ships: the jars on the JVM's classpath and an AppCDS archive, Authgate's made by
 * {@code scripts/startup-archive.sh}, the baseline's by one training invocation through the RIC. When asked, also
 * with each start-up lever on its own.
 */
public final class ColdStartSection {

    private static final String A = "a Authgate";
    private static final String B = "b plain Java";
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
            Deployment a = deployments.authgate(A, options.functionsZip());
            List<String> problems = ArtifactCheck.problems(a, api, cognito, logs.resolve("artifact-check.log"));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The Lambda artifact failed its check: " + problems);
            }
            Deployment b = deployments.baseline(B, options.baselineZip());
            Path archives = work.resolve("archives");
            Path startupArchiveScript = options.root().resolve("scripts/startup-archive.sh");
            Deployment aCds = deployments.withShippedArchive(a.named(A + APP_CDS), startupArchiveScript);
            Deployment bCds = StartupArchive.train(deployments.onJvmClasspath(b).named(B + APP_CDS),
                    StartupArchive.Kind.APP_CDS, benchmark, archives);
            List<Deployment> measured = new ArrayList<>(List.of(a, b, aCds, bCds));
            if (options.levers()) {
                Levers levers = new Levers(deployments, benchmark, archives, options.java25(), options.experimentsJar(),
                        startupArchiveScript);
                measured.addAll(levers.of(a, b));
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
            return JarUsage.report(deployments(work).authgate(A, options.functionsZip()), api, cognito, work);
        }
    }

    private Deployments deployments(Path work) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new Deployments(java, options.lambdaRuntime(), work, cognito.environment());
    }

    private String report(List<ColdStartBenchmark.Result> results, Targets targets, String runtime) {
        ColdStartBenchmark.Result a = find(results, A);
        ColdStartBenchmark.Result b = find(results, B);
        ColdStartBenchmark.Result bCds = find(results, B + APP_CDS);
        Table table = new Table("deployment", "first response (median ms)", "init (median ms)", "first invoke (median ms)",
                "peak RSS (median MiB)", "artifact (MB)", "vs b", "vs b" + APP_CDS);
        for (ColdStartBenchmark.Result result : results) {
            table.row(result.deployment().name(),
                    Table.fixed(result.medianMillis(), 0),
                    Table.fixed(result.medianInitMillis(), 0),
                    Table.fixed(result.medianInvokeMillis(), 0),
                    Table.fixed(result.medianPeakRssMiB(), 0),
                    Table.fixed(result.artifactBytes() / 1e6, 1),
                    Table.fixed(result.medianMillis() / b.medianMillis(), 2),
                    Table.fixed(result.medianMillis() / bCds.medianMillis(), 2));
        }
        ColdStartBenchmark.Result aCds = find(results, A + APP_CDS);
        targets.atMost("cold start a/b, default flags <= 1.5", a.medianMillis() / b.medianMillis(), 1.5, "", 2);
        targets.atMost("cold start a/b, shipped option (a" + APP_CDS + " / b) <= 1.1", aCds.medianMillis() / b.medianMillis(),
                1.1, "", 2);
        targets.atMost("cold start a/b, both with the option <= 1.1", aCds.medianMillis() / bCds.medianMillis(), 1.1, "", 2);
        targets.atMost("Lambda artifact <= 16 MB zipped", a.artifactBytes() / 1e6, 16, " MB", 1);
        return "1. Cold start: JVM launch to the API Gateway response, " + runtime + " against a Runtime API on "
                + "loopback, one HTTP API v2 POST /auth/sign-in, " + String.join(" ", Deployments.LAMBDA_FLAGS) + ", "
                + a.samples().size() + " interleaved runs each, medians\n\n" + table;
    }

    private static ColdStartBenchmark.Result find(List<ColdStartBenchmark.Result> results, String name) {
        return results.stream().filter(result -> result.deployment().name().equals(name)).findFirst().orElseThrow();
    }
}
