package dev.authgate.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How to start a {@link CognitoEmulator}.
 *
 * @param port the loopback port to listen on; 0 picks a free one
 * @param dataDir where state, signing key and outbox live across restarts; empty keeps everything
 *     in memory
 * @param clock the emulator's notion of now, so that tests can move past code and token expiry
 */
public record EmulatorOptions(int port, Optional<Path> dataDir, Clock clock) {

    public EmulatorOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        dataDir = dataDir == null ? Optional.empty() : dataDir;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** In memory, on a free port, on the system clock. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, Optional.empty(), Clock.systemUTC());
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, dataDir, clock);
    }

    public EmulatorOptions withDataDir(Path newDataDir) {
        return new EmulatorOptions(port, Optional.ofNullable(newDataDir), clock);
    }

    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(port, dataDir, newClock);
    }
}
