package dev.authgate.benchmarks.coldstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up levers of issue 7, each applied on its own to (a) so that its effect can be read off against
 * (a) in the same interleaved runs; levers that need a change in {@code functions} run as prototypes from the
 * benchmarks' experiments jar, added to a copy of (a)'s task root.
 */
final class Levers {

    private static final String APP_CLASS = "dev.authgate.AuthgateApplication";
    private static final String EXPLICIT_APP = "dev.authgate.benchmarks.experiments.ExplicitAutoConfigurationApplication";
    private static final String FUNCTIONAL_APP = "dev.authgate.benchmarks.experiments.FunctionalAuthgateApplication";
    private static final String SNAPSTART_PRIMING = "dev.authgate.snapstart.SnapStartAutoConfiguration";

    private final Deployments deployments;
    private final ColdStartBenchmark benchmark;
    private final Path archives;
    private final Path java25;
    private final Path experimentsJar;

    Levers(Deployments deployments, ColdStartBenchmark benchmark, Path archives, Path java25, Path experimentsJar) {
        this.deployments = deployments;
        this.benchmark = benchmark;
        this.archives = archives;
        this.java25 = java25;
        this.experimentsJar = experimentsJar;
    }

    List<Deployment> of(Deployment a, Deployment b) {
        List<Deployment> levers = new ArrayList<>();
        levers.add(a.withEnvironment(Map.of("SPRING_MAIN_LAZY_INITIALIZATION", "false")).named("a without lazy init"));
        levers.add(a.withEnvironment(Map.of("MAIN_CLASS", APP_CLASS)).named("a + MAIN_CLASS (no manifest search)"));
        levers.add(a.withEnvironment(Map.of("SPRING_CLOUD_FUNCTION_SCAN_ENABLED", "false")).named("a + function scan off"));
        Deployment explicit = deployments.withJars(a, "a + explicit auto-configurations", List.of(experimentsJar))
                .withEnvironment(Map.of("MAIN_CLASS", EXPLICIT_APP, "SPRING_CLOUD_FUNCTION_SCAN_ENABLED", "false"));
        levers.add(explicit);
        Deployment functional = deployments.withJars(a, "a + functional registration", List.of(experimentsJar))
                .withEnvironment(Map.of("MAIN_CLASS", FUNCTIONAL_APP, "SPRING_CLOUD_FUNCTION_SCAN_ENABLED", "false"));
        levers.add(functional);
        levers.add(deployments.onJvmClasspath(a).named("a, classpath, no archive"));
        levers.add(StartupArchive.train(a.named("a + AppCDS in the RIC's loader"), StartupArchive.Kind.APP_CDS, benchmark,
                archives));
        levers.add(StartupArchive.train(deployments.onJvmClasspath(explicit).named("a + explicit auto-configurations, classpath + AppCDS"),
                StartupArchive.Kind.APP_CDS, benchmark, archives));
        Deployment unprimed = a.withEnvironment(Map.of("SPRING_AUTOCONFIGURE_EXCLUDE", SNAPSTART_PRIMING));
        levers.add(unprimed.named("a without the SnapStart priming registered"));
        Map<String, String> snapStart = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        levers.add(unprimed.withEnvironment(snapStart).named("a, SnapStart init, no priming"));
        levers.add(a.withEnvironment(snapStart).named("a, SnapStart init + priming"));
        if (Files.isExecutable(java25)) {
            Deployment a25 = a.withJava(java25).named("a on JDK 25");
            levers.add(a25);
            levers.add(StartupArchive.train(deployments.onJvmClasspath(a25).named("a on JDK 25, classpath + AOT cache"),
                    StartupArchive.Kind.AOT_CACHE, benchmark, archives));
            levers.add(b.withJava(java25).named("b on JDK 25"));
            levers.add(StartupArchive.train(deployments.onJvmClasspath(b.withJava(java25)).named("b on JDK 25, classpath + AOT cache"),
                    StartupArchive.Kind.AOT_CACHE, benchmark, archives));
        }
        return levers;
    }
}
