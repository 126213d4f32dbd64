package dev.authgate.benchmarks.coldstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up levers, each applied on its own to Authgate's function so that its effect can be read off against
 * Authgate's function as it ships in the same interleaved runs; a lever that needs another start class runs it from
 * the benchmarks' experiments jar, added to a copy of Authgate's task root.
 */
final class Levers {

    private static final String START_CLASS = "dev.authgate.config.FunctionalApplication";
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

    List<Deployment> of(Deployment authgate, Deployment plainJava) {
        List<Deployment> levers = new ArrayList<>();
        levers.add(authgate.withEnvironment(Map.of("SPRING_MAIN_LAZY_INITIALIZATION", "false"))
                .named("Authgate without lazy init"));
        levers.add(authgate.withEnvironment(Map.of("MAIN_CLASS", START_CLASS))
                .named("Authgate + MAIN_CLASS (no manifest search)"));
        levers.add(authgate.withEnvironment(Map.of("SPRING_CLOUD_FUNCTION_SCAN_ENABLED", "false"))
                .named("Authgate + function scan off"));
        levers.add(authgate.withEnvironment(Map.of("MAIN_CLASS", AUTO_CONFIGURED_APP))
                .named("Authgate started through auto-configuration (no functional registration)"));
        levers.add(deployments.onJvmClasspath(authgate).named("Authgate, classpath, no archive"));
        levers.add(StartupArchive.train(authgate.named("Authgate + AppCDS in the RIC's loader"), StartupArchive.Kind.APP_CDS,
                benchmark, archives));
        Deployment unprimed = deployments.withJars(authgate, "Authgate without the SnapStart priming registered",
                        List.of(experimentsJar))
                .withEnvironment(Map.of("MAIN_CLASS", UNPRIMED_APP));
        levers.add(unprimed);
        Map<String, String> snapStart = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        levers.add(unprimed.withEnvironment(snapStart).named("Authgate, SnapStart init, no priming"));
        levers.add(authgate.withEnvironment(snapStart).named("Authgate, SnapStart init + priming"));
        if (Files.isExecutable(java25)) {
            Deployment authgate25 = authgate.withJava(java25).named("Authgate on JDK 25");
            levers.add(authgate25);
            levers.add(deployments.withShippedArchive(authgate25.named("Authgate on JDK 25, classpath + AOT cache"),
                    startupArchiveScript));
            levers.add(plainJava.withJava(java25).named("plain Java function on JDK 25"));
            levers.add(StartupArchive.train(deployments.onJvmClasspath(plainJava.withJava(java25))
                            .named("plain Java function on JDK 25, classpath + AOT cache"),
                    StartupArchive.Kind.AOT_CACHE, benchmark, archives));
        }
        return levers;
    }
}
