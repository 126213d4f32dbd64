package dev.authgate.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An npm package the test harness runs (cognito-local, dynalite), pinned with its lock file in
 * {@code <basedir>/src/test/<name>} (basedir is the system property surefire sets to the module folder, or else
 * the working directory; the system property {@code dirProperty} names the folder directly and wins over both),
 * and installed there with {@code npm ci} on first use, under a file lock so concurrent JVMs install once.
 *
 * @param name the package
 * @param startScript the script that starts it, relative to its folder
 * @param dirProperty the system property that may name its folder
 */
record NodePackage(String name, String startScript, String dirProperty) {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final Object INSTALL_MONITOR = new Object();

    NodePackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startScript, "startScript");
        Objects.requireNonNull(dirProperty, "dirProperty");
    }

    /** Installs the pinned package with {@code npm ci} unless it is installed already, and answers its folder. */
    Path install() {
        Path packageDir = packageDir();
        Path npm = executable("npm");
        String pinned = pinnedVersion(packageDir);
        if (installedVersion(packageDir).filter(pinned::equals).isPresent()) {
            return packageDir;
        }
        synchronized (INSTALL_MONITOR) {
            try (FileChannel channel = FileChannel.open(packageDir.resolve(".install.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock otherJvmsWait = channel.lock();
                try {
                    if (installedVersion(packageDir).filter(pinned::equals).isEmpty()) {
                        runNpmCi(packageDir, npm);
                    }
                } finally {
                    otherJvmsWait.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not lock " + packageDir + " to install " + name, e);
            }
        }
        if (installedVersion(packageDir).filter(pinned::equals).isEmpty()) {
            throw new IllegalStateException("npm ci in " + packageDir + " did not install " + name + " " + pinned);
        }
        return packageDir;
    }

    private void runNpmCi(Path packageDir, Path npm) throws IOException {
        Path output = Files.createTempFile(name + "-npm-ci-", ".log");
        try {
            Process npmCi = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
                    .directory(packageDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean finished = npmCi.waitFor(INSTALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                npmCi.descendants().forEach(ProcessHandle::destroyForcibly);
                npmCi.destroyForcibly().waitFor();
                throw new IllegalStateException("npm ci in " + packageDir + " took longer than " + INSTALL_TIMEOUT
                        + "\n" + Files.readString(output));
            }
            if (npmCi.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + packageDir + " failed with status " + npmCi.exitValue()
                        + "\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing " + name + "", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The version package.json pins; npm writes node_modules/.package-lock.json only after a whole install. */
    private String pinnedVersion(Path packageDir) {
        return jsonString(read(packageDir.resolve("package.json")), name)
                .orElseThrow(() -> new IllegalStateException(packageDir + "/package.json does not pin " + name));
    }

    private Optional<String> installedVersion(Path packageDir) {
        Path modules = packageDir.resolve("node_modules");
        Path manifest = modules.resolve(name).resolve("package.json");
        if (!Files.isRegularFile(modules.resolve(".package-lock.json")) || !Files.isRegularFile(manifest)
                || !Files.isRegularFile(packageDir.resolve(startScript))) {
            return Optional.empty();
        }
        return jsonString(read(manifest), "version");
    }

    private static Optional<String> jsonString(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Path packageDir() {
        String explicit = System.getProperty(dirProperty);
        Path dir = explicit != null
                ? Path.of(explicit)
                : Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", name);
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("package.json")) || !Files.isRegularFile(dir.resolve("package-lock.json"))) {
            throw new IllegalStateException("no " + name + " package.json and package-lock.json in " + dir
                    + " (set -D" + dirProperty + "=<folder> or run from the functions module)");
        }
        return dir;
    }

    static Path executable(String name) {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        List<String> candidates = windows ? List.of(name + ".exe", name + ".cmd") : List.of(name);
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
            for (String candidate : candidates) {
                Path file = Path.of(entry.isEmpty() ? "." : entry, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("The test harness needs Node.js and npm, but '" + name
                + "' is not on the PATH (" + path + "); install Node.js 20 or newer");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
