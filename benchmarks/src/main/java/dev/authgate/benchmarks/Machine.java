package dev.authgate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on, and how busy it was. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The 1-minute load average: other work on the machine inflates every figure. */
    public static String load() {
        return read("/proc/loadavg").stream().findFirst().map(line -> line.split(" ")[0]).orElse("?");
    }

    private static String cpu() {
        return read("/proc/cpuinfo").stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    private static String memory() {
        return read("/proc/meminfo").stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB RAM")
                .findFirst()
                .orElse("? GiB RAM");
    }

    private static List<String> read(String file) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return List.of();
        }
        try {
            return Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
