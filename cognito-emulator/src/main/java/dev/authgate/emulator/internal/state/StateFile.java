package dev.authgate.emulator.internal.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The state as one JSON file in the data folder, replaced atomically so a crash never leaves half a file. */
final class StateFile {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path path;

    StateFile(Path dataDir) {
        this.path = dataDir.resolve("state.json");
    }

    EmulatorState loadOrEmpty() {
        if (!Files.exists(path)) {
            return new EmulatorState();
        }
        return MAPPER.readValue(path.toFile(), EmulatorState.class);
    }

    void save(EmulatorState state) {
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            MAPPER.writeValue(temporary.toFile(), state);
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the emulator state to " + path, e);
        }
    }
}
