package dev.authgate.benchmarks.coldstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up levers of issue 7, each applied on its own to (a) so that its effect can be read off against
 * (a) in the same interleaved runs; a lever that needs another start class runs it from the benchmarks'
 * experiments jar, added to a copy of (a)'s task root.
 */
final class Levers {

    private static final String START_CLASS = "dev.authgate.lambda.FunctionalApplication";
    private static final String AUTO_CONFIGURED_APP = "dev.authgate.AuthgateApplication";
    private static final String UNPRIMED_APP = "dev.authgate.benchmarks.experiments.UnprimedApplication";

    private final Deployments deployments;
    private final ColdStartBenchmark benchmark;
    private final Path archives;
    private final Path java25;
    private final Path experimentsJar;
    private final Path startupArchiveScript;

    Levers(Deployments deployments, ColdStartBenchmark benchmark, Path archives, Path java25, Path experimentsJar,
            Path startupArchiveScript) {
        this.deployments = deployments;
        this.benchmark = benchmark;
        this.archives = archives;
        this.java25 = java25;
        this.experimentsJar = experimentsJar;
        this.startupArchiveScript = startupArchiveScript;
    }

    List<Deployment> of(Deployment a, Deployment b) {
        List<Deployment> levers = new ArrayList<>();
        levers.add(a.withEnvironment(Map.of("SPRING_MAIN_LAZY_INITIALIZATION", "false")).named("a without lazy init"));
        levers.add(a.withEnvironment(Map.of("MAIN_CLASS", START_CLASS)).named("a + MAIN_CLASS (no manifest search)"));
        levers.add(a.withEnvironment(Map.of("SPRING_CLOUD_FUNCTION_SCAN_ENABLED", "false")).named("a + function scan off"));
        levers.add(a.withEnvironment(Map.of("MAIN_CLASS", AUTO_CONFIGURED_APP))
                .named("a started through auto-configuration (no functional registration)"));
        levers.add(deployments.onJvmClasspath(a).named("a, classpath, no archive"));
        levers.add(StartupArchive.train(a.named("a + AppCDS in the RIC's loader"), StartupArchive.Kind.APP_CDS, benchmark,
                archives));
        Deployment unprimed = deployments.withJars(a, "a without the SnapStart priming registered", List.of(experimentsJar))
                .withEnvironment(Map.of("MAIN_CLASS", UNPRIMED_APP));
        levers.add(unprimed);
        Map<String, String> snapStart = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        levers.add(unprimed.withEnvironment(snapStart).named("a, SnapStart init, no priming"));
        levers.add(a.withEnvironment(snapStart).named("a, SnapStart init + priming"));
        if (Files.isExecutable(java25)) {
            Deployment a25 = a.withJava(java25).named("a on JDK 25");
            levers.add(a25);
            levers.add(deployments.withShippedArchive(a25.named("a on JDK 25, classpath + AOT cache"), startupArchiveScript));
            levers.add(b.withJava(java25).named("b on JDK 25"));
            levers.add(StartupArchive.train(deployments.onJvmClasspath(b.withJava(java25)).named("b on JDK 25, classpath + AOT cache"),
                    StartupArchive.Kind.AOT_CACHE, benchmark, archives));
        }
        return levers;
    }
}
