package dev.authgate.emulator.internal.state;

import java.time.Instant;

/**
 * A code sent to a user and not yet used. Only its hash is kept; {@code attribute} is the contact
 * (email or phone_number) it went to, which becomes verified when the code is confirmed.
 */
public record PendingCode(String hash, String attribute, Instant expiresAt, int failedAttempts) {

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public PendingCode withFailedAttempt() {
        return new PendingCode(hash, attribute, expiresAt, failedAttempts + 1);
    }
}
