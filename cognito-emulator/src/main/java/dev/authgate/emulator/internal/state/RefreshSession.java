package dev.authgate.emulator.internal.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;

/**
 * One sign-in: the refresh token (kept as a hash) and every access and ID token issued from it share
 * its {@code originJti}. Revoking the session is what makes all of them stop working.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class RefreshSession {
    private String originJti;
    private String clientId;
    private String sub;
    private String refreshTokenHash;
    private Instant authTime;
    private Instant expiresAt;
    private boolean revoked;

    private RefreshSession() {
        // for Jackson
    }

    public RefreshSession(String originJti, String clientId, String sub, String refreshTokenHash, Instant authTime, Instant expiresAt) {
        this.originJti = originJti;
        this.clientId = clientId;
        this.sub = sub;
        this.refreshTokenHash = refreshTokenHash;
        this.authTime = authTime;
        this.expiresAt = expiresAt;
    }

    public String originJti() {
        return originJti;
    }

    public String clientId() {
        return clientId;
    }

    public String sub() {
        return sub;
    }

    public String refreshTokenHash() {
        return refreshTokenHash;
    }

    public Instant authTime() {
        return authTime;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void revoke() {
        revoked = true;
    }
}
