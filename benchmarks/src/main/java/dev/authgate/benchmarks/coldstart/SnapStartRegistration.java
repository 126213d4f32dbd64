package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A jar holding only an auto-configuration imports file that names {@code dev.authgate.snapstart}'s
 * auto-configuration: added to a task root, it registers the SnapStart priming as the one line in
 * {@code functions}' own imports file will once it is there.
 */
final class SnapStartRegistration {

    static final String AUTO_CONFIGURATION = "dev.authgate.snapstart.SnapStartAutoConfiguration";
    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    private SnapStartRegistration() {
    }

    static Path jar(Path folder) {
        Path jar = folder.resolve("zz-snapstart-registration.jar");
        try {
            Files.createDirectories(folder);
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                out.putNextEntry(new JarEntry(IMPORTS));
                out.write((AUTO_CONFIGURATION + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
