package dev.authgate.emulator.internal.state;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Owns the state and its one lock. A single lock is plenty for a local emulator and makes every
 * action atomic; when a data folder is given, the state is saved after each changing action.
 */
public final class Store {
    private final ReentrantLock lock = new ReentrantLock();
    private final EmulatorState state;
    private final Optional<StateFile> file;

    private Store(EmulatorState state, Optional<StateFile> file) {
        this.state = state;
        this.file = file;
    }

    public static Store inMemory() {
        return new Store(new EmulatorState(), Optional.empty());
    }

    public static Store inFolder(Path dataDir) {
        StateFile file = new StateFile(dataDir);
        return new Store(file.loadOrEmpty(), Optional.of(file));
    }

    /**
     * Runs the work under the lock. Changing work is saved even when it fails, because failures
     * such as a wrong code still count attempts.
     */
    public <T> T run(boolean changes, Function<EmulatorState, T> work) {
        lock.lock();
        try {
            try {
                return work.apply(state);
            } finally {
                if (changes) {
                    file.ifPresent(f -> f.save(state));
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work with the lock let go, from inside {@link #run}: for calls out of the emulator that may
     * call back into it, such as a trigger function that updates the user. Other actions may run
     * meanwhile, so the caller re-checks what they could have changed once it gets the lock back.
     */
    public <T> T outsideLock(Supplier<T> work) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("outsideLock is for work inside run()");
        }
        int holds = lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        try {
            return work.get();
        } finally {
            for (int i = 0; i < holds; i++) {
                lock.lock();
            }
        }
    }
}
