package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The start-up archive of a deployment, made by one training run that serves the benchmark's event and then
 * stops: an AppCDS dynamic archive on JDK 17-23 ({@code -XX:ArchiveClassesAtExit}, used with
 * {@code -XX:SharedArchiveFile}), or an AOT cache on JDK 25 ({@code -XX:AOTCacheOutput}, used with
 * {@code -XX:AOTCache}). Either is only valid for the exact JVM build and the exact classpath it was made with,
 * so it is made where the function's image is built, never shipped in the zip for the managed runtime.
 */
public final class StartupArchive {

    private StartupArchive() {
    }

    public enum Kind {
        APP_CDS("-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", ".jsa"),
        AOT_CACHE("-XX:AOTCacheOutput=", "-XX:AOTCache=", ".aot");

        private final String create;
        private final String use;
        private final String suffix;

        Kind(String create, String use, String suffix) {
            this.create = create;
            this.use = use;
            this.suffix = suffix;
        }
    }

    /** Trains the deployment once and answers it with the archive in its flags. */
    public static Deployment train(Deployment deployment, Kind kind, ColdStartBenchmark benchmark, Path folder) {
        Path archive = folder.resolve(deployment.name().replaceAll("[^A-Za-z0-9.-]+", "_") + kind.suffix).toAbsolutePath();
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        benchmark.once(deployment.withFlags(List.of(kind.create + archive)).named(deployment.name() + " (training)"), "training");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The training run of " + deployment.name() + " left no archive at " + archive);
        }
        return deployment.withFlags(List.of(kind.use + archive));
    }
}
