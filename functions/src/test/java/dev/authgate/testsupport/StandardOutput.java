package dev.authgate.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** What the code under test writes to standard output while it runs, still written there as well. */
public final class StandardOutput {

    private StandardOutput() {
    }

    public record Captured<T>(T result, List<String> lines) {
    }

    public static synchronized <T> Captured<T> capture(Supplier<T> action) {
        PrintStream original = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                copy.write(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8));
        try {
            T result = action.get();
            return new Captured<>(result, copy.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(original);
        }
    }
}
