package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Lambda artifacts unpacked as the Lambda service unpacks them into {@code /var/task}. */
public final class TaskRoots {

    private TaskRoots() {
    }

    /** Unpacks the zip into a fresh folder. */
    public static Path unpack(Path zip, Path folder) {
        try {
            delete(folder);
            Files.createDirectories(folder);
            try (ZipFile file = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path target = folder.resolve(entry.getName()).normalize();
                    if (!target.startsWith(folder)) {
                        throw new IOException("Entry outside the task root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = file.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        // A CDS archive remembers its jars' times: unpacking again must not make them new jars.
                        Files.setLastModifiedTime(target, entry.getLastModifiedTime());
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a task root with more jars in its {@code lib/}. */
    public static Path copyWith(Path taskRoot, List<Path> extraJars, Path folder) {
        try {
            delete(folder);
            try (Stream<Path> files = Files.walk(taskRoot)) {
                for (Path file : files.toList()) {
                    Path target = folder.resolve(taskRoot.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            for (Path jar : extraJars) {
                Files.copy(jar, folder.resolve("lib").resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jars in a folder, in name order, as the RIC's class loader lists {@code lib/}. */
    public static List<Path> jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
