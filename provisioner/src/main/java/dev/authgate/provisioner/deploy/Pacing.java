package dev.authgate.provisioner.deploy;

import java.time.Duration;
import java.util.Objects;

/** How long to wait before asking CloudFormation again about something under way. */
public record Pacing(Duration interval) {

    /** CloudFormation's own waiters ask about every five seconds. */
    public static final Pacing DEFAULT = new Pacing(Duration.ofSeconds(5));

    public Pacing {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("A pause cannot be negative: " + interval);
        }
    }

    void pause() {
        if (interval.isZero()) {
            return;
        }
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for CloudFormation", e);
        }
    }
}
