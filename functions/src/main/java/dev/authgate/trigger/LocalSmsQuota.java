package dev.authgate.trigger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SMS quota of the local run, where one process runs every trigger: the counts live in this process, each
 * counted atomically, with the windows of the DynamoDB quota.
 */
public final class LocalSmsQuota implements SmsQuota {

    private final int maxCodes;
    private final QuotaWindow window;
    private final Clock clock;
    private final Map<String, QuotaCount> counts = new ConcurrentHashMap<>();

    public LocalSmsQuota(int maxCodes, Duration window, Clock clock) {
        this.maxCodes = maxCodes;
        this.window = new QuotaWindow(window, clock);
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String userPoolId, String phoneNumber) {
        QuotaWindow.Slot slot = window.current(userPoolId, phoneNumber);
        counts.values().removeIf(count -> !count.end().isAfter(clock.instant()));
        QuotaCount counted = counts.compute(slot.key(), (key, count) -> count == null
                ? new QuotaCount(1, slot.end(), true)
                : count.sent() < maxCodes ? new QuotaCount(count.sent() + 1, count.end(), true) : count.refused());
        return counted.acquired();
    }

    private record QuotaCount(int sent, Instant end, boolean acquired) {
        QuotaCount refused() {
            return new QuotaCount(sent, end, false);
        }
    }
}
