package dev.authgate.provisioner.testsupport;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The project's offline CloudFormation checker ({@code ../shared/tools/cfn-check}), run with Node.js. The shared
 * folder may be read-only, so the tool is copied into {@code target/cfn-check} and installed there with
 * {@code npm ci} once (again only when its package-lock.json changes); a file lock keeps JVMs running side by side
 * from installing it at the same time.
 */
public final class CfnCheck {

    /** Where the shared tools sit, from this module's folder. */
    private static final Path SOURCE = Path.of("../../shared/tools/cfn-check");
    private static final Path TARGET = Path.of("target/cfn-check");

    private final Path home;

    private CfnCheck(Path home) {
        this.home = home;
    }

    /** Copies and installs the tool when missing or outdated. */
    public static CfnCheck install() {
        Path source = moduleDirectory().resolve(SOURCE).normalize();
        Path target = moduleDirectory().resolve(TARGET);
        if (!Files.isRegularFile(source.resolve("cfn-check.js"))) {
            fail("cfn-check is not at " + source + ": the shared tools folder must sit beside the repository (../shared/tools/cfn-check)");
        }
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel lockFile = FileChannel.open(target.getParent().resolve("cfn-check.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                copy(source, target);
                // A copy of the lock file npm ci last installed from.
                Path stamp = target.resolve("node_modules/.installed-package-lock.json");
                if (!sameContent(stamp, target.resolve("package-lock.json"))) {
                    run(target, List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
                    Files.copy(target.resolve("package-lock.json"), stamp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install cfn-check into " + target, e);
        }
        return new CfnCheck(target);
    }

    /** Checks a template, expecting the three outputs every Authgate stack has; answers the exit code and output. */
    public Result check(Path template) {
        return run(home, List.of("node", home.resolve("cfn-check.js").toString(),
                "--expect-outputs", "AuthApiURL,AuthApiIssuer,AuthApiJwksUri", template.toAbsolutePath().toString()), 120);
    }

    /** What cfn-check said. */
    public record Result(int exitCode, String output) {
    }

    private static boolean sameContent(Path copy, Path original) throws IOException {
        return Files.isRegularFile(copy) && Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(original));
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(path -> !path.toString().contains("node_modules")).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!sameContent(copy, file)) {
                    Files.deleteIfExists(copy);
                    Files.copy(file, copy);
                    copy.toFile().setWritable(true);
                }
            }
        }
    }

    private static Result run(Path directory, List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            Result result = new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
            if (command.get(0).equals("npm") && result.exitCode() != 0) {
                fail("npm ci for cfn-check failed (it needs Node.js 20 and the npm registry):\n" + result.output());
            }
            return result;
        } catch (IOException e) {
            return fail("Cannot run " + command.get(0) + " (is Node.js 20 installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path moduleDirectory() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }
}
