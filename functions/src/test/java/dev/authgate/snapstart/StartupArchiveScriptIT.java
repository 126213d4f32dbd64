package dev.authgate.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/startup-archive.sh} on the built Lambda zip, with this JVM: it trains an archive, and a JVM
 * started as the script says, with sharing made mandatory, loads Authgate's classes from it.
 */
class StartupArchiveScriptIT {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    static Path image;

    private static Run training;

    @BeforeAll
    static void trainTheArchive() throws Exception {
        training = run(List.of("bash", PROJECT.resolve("scripts/startup-archive.sh").toString(), "--java", JAVA, image.toString()));
    }

    @Test
    void theTrainingRunWritesAnArchiveBesideTheFunctionsJars() {
        assertThat(training.exitCode()).as(training.output()).isZero();
        assertThat(archive()).isRegularFile();
        assertThat(image.resolve("lib/functions-0.1.0-SNAPSHOT.jar")).isRegularFile();
    }

    @Test
    void theScriptPrintsTheCommandLineThatUsesTheArchive() {
        assertThat(training.output()).contains(archive().toString()).contains(image.resolve("lib").toString())
                .contains("dev.authgate.lambda.ApiHandler::handleRequest");
    }

    @Test
    void aJvmStartedWithTheArchiveLoadsTheFunctionsClassesFromIt() throws Exception {
        String use = Runtime.version().feature() >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        List<String> command = new ArrayList<>(List.of(JAVA, use + archive(), "-Xshare:on",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info", "-cp", classpath(),
                ArchiveTraining.class.getName()));

        Run started = run(command);

        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output()).contains("dev.authgate.lambda.ApiHandler source: shared objects file")
                .contains("dev.authgate.http.OperationDispatcher source: shared objects file");
    }

    private static Path archive() {
        return image.resolve(Runtime.version().feature() >= 25 ? "authgate.aot" : "authgate.jsa");
    }

    private static String classpath() throws IOException {
        try (Stream<Path> jars = Files.list(image.resolve("lib"))) {
            return jars.map(Path::toString).sorted().collect(Collectors.joining(":"));
        }
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Run(process.waitFor(), output);
    }

    private record Run(int exitCode, String output) {
    }
}
