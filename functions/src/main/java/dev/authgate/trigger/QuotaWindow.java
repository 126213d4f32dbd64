package dev.authgate.trigger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The window an SMS is counted in: windows of a fixed length follow one another from the epoch, so every instance
 * agrees on which window a send falls in without sharing anything but the count.
 */
public final class QuotaWindow {

    private final Duration length;
    private final Clock clock;

    public QuotaWindow(Duration length, Clock clock) {
        this.length = Objects.requireNonNull(length, "length");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the count of this number in the current window is kept under, and when that count may be forgotten. */
    public Slot current(String userPoolId, String phoneNumber) {
        long index = clock.instant().getEpochSecond() / length.toSeconds();
        Instant end = Instant.ofEpochSecond((index + 1) * length.toSeconds());
        return new Slot(userPoolId + "#" + phoneNumber.strip().toLowerCase(Locale.ROOT) + "#" + index, end);
    }

    /** One number's count in one window: its key, and the end of the window. */
    public record Slot(String key, Instant end) {
    }
}
