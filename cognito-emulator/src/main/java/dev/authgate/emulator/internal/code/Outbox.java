package dev.authgate.emulator.internal.code;

import dev.authgate.emulator.OutboxEntry;
import dev.authgate.emulator.internal.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Every message the pool would send. Kept in memory, and appended as one JSON line per message to
 * {@code outbox.jsonl} in the data folder, which is reloaded on start so the history survives.
 */
public final class Outbox {
    private final Deque<OutboxEntry> newestFirst = new ArrayDeque<>();
    private final Optional<Path> file;

    private Outbox(Optional<Path> file) {
        this.file = file;
    }

    public static Outbox inMemory() {
        return new Outbox(Optional.empty());
    }

    public static Outbox inFolder(Path dataDir) {
        Outbox outbox = new Outbox(Optional.of(dataDir.resolve("outbox.jsonl")));
        outbox.load();
        return outbox;
    }

    public synchronized void append(OutboxEntry entry) {
        file.ifPresent(path -> write(path, Json.MAPPER.writeValueAsString(entry) + "\n"));
        newestFirst.addFirst(entry);
    }

    public synchronized List<OutboxEntry> newestFirst() {
        return List.copyOf(newestFirst);
    }

    private void load() {
        Path path = file.orElseThrow();
        if (!Files.exists(path)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    newestFirst.addFirst(Json.MAPPER.readValue(line, OutboxEntry.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the outbox " + path, e);
        }
    }

    private static void write(Path path, String line) {
        try {
            Files.writeString(path, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to the outbox " + path, e);
        }
    }
}
