package dev.authgate.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, shifted by an offset a test sets: to issue tokens in the past, so they are expired now. */
public final class ShiftedClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Runs the action with the clock shifted, then puts it back. */
    public <T> T shifted(Duration by, java.util.function.Supplier<T> action) {
        offset = by;
        try {
            return action.get();
        } finally {
            offset = Duration.ZERO;
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
