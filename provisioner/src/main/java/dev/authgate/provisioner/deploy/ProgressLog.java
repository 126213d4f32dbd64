package dev.authgate.provisioner.deploy;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/** Progress for people: one line per step or stack event, each with the time elapsed since the start. */
public final class ProgressLog {

    private final PrintWriter out;
    private final Clock clock;
    private final Instant start;

    public ProgressLog(PrintWriter out, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.instant();
    }

    public void say(String message) {
        Duration elapsed = Duration.between(start, clock.instant());
        out.printf("[%3d:%02d] %s%n", elapsed.toMinutes(), elapsed.toSecondsPart(), message);
        out.flush();
    }

    void event(StackEvent event) {
        String reason = event.resourceStatusReason() == null ? "" : "  " + event.resourceStatusReason();
        say(String.format("%-28s %-36s %s%s", event.resourceStatusAsString(), event.resourceType(),
                event.logicalResourceId(), reason));
    }
}
