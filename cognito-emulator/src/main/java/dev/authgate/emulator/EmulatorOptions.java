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
 * @param triggerInvoker runs the Lambda triggers a pool's {@code LambdaConfig} names; empty makes every
 *     configured trigger fail with {@code UnexpectedLambdaException} when it would run, as an
 *     unreachable function would
 */
public record EmulatorOptions(int port, Optional<Path> dataDir, Clock clock, Optional<TriggerInvoker> triggerInvoker) {

    public EmulatorOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        dataDir = dataDir == null ? Optional.empty() : dataDir;
        clock = clock == null ? Clock.systemUTC() : clock;
        triggerInvoker = triggerInvoker == null ? Optional.empty() : triggerInvoker;
    }

    /** Without a trigger invoker. */
    public EmulatorOptions(int port, Optional<Path> dataDir, Clock clock) {
        this(port, dataDir, clock, Optional.empty());
    }

    /** In memory, on a free port, on the system clock, without a trigger invoker. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, Optional.empty(), Clock.systemUTC(), Optional.empty());
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, dataDir, clock, triggerInvoker);
    }

    public EmulatorOptions withDataDir(Path newDataDir) {
        return new EmulatorOptions(port, Optional.ofNullable(newDataDir), clock, triggerInvoker);
    }

    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(port, dataDir, newClock, triggerInvoker);
    }

    /** Runs the pools' triggers through this invoker, such as a {@link LambdaInvokeApi}. */
    public EmulatorOptions withTriggerInvoker(TriggerInvoker newTriggerInvoker) {
        return new EmulatorOptions(port, dataDir, clock, Optional.ofNullable(newTriggerInvoker));
    }
}
