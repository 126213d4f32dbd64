package dev.authgate.settings;

import java.util.Objects;

/**
 * {@code authgate.tokens}: how long tokens last, applied to the app client by the provisioner.
 * Each {@code with...} method gives a copy with one value changed.
 *
 * @param accessTokenMinutes 5 to 1440 (default 60)
 * @param idTokenMinutes 5 to 1440 (default 60)
 * @param refreshTokenDays 1 to 3650 (default 30)
 */
public record TokenSettings(Integer accessTokenMinutes, Integer idTokenMinutes, Integer refreshTokenDays) {

    public TokenSettings {
        accessTokenMinutes = within(accessTokenMinutes, 60, 5, 1440, "access-token-minutes");
        idTokenMinutes = within(idTokenMinutes, 60, 5, 1440, "id-token-minutes");
        refreshTokenDays = within(refreshTokenDays, 30, 1, 3650, "refresh-token-days");
    }

    /** Every default. */
    public static TokenSettings defaults() {
        return new TokenSettings(null, null, null);
    }

    public TokenSettings withAccessTokenMinutes(int newAccessTokenMinutes) {
        return new TokenSettings(newAccessTokenMinutes, idTokenMinutes, refreshTokenDays);
    }

    public TokenSettings withIdTokenMinutes(int newIdTokenMinutes) {
        return new TokenSettings(accessTokenMinutes, newIdTokenMinutes, refreshTokenDays);
    }

    public TokenSettings withRefreshTokenDays(int newRefreshTokenDays) {
        return new TokenSettings(accessTokenMinutes, idTokenMinutes, newRefreshTokenDays);
    }

    private static int within(Integer value, int fallback, int min, int max, String name) {
        int chosen = Objects.requireNonNullElse(value, fallback);
        if (chosen < min || chosen > max) {
            throw new IllegalArgumentException("authgate.tokens." + name + " must be from " + min + " to " + max + ", not " + chosen);
        }
        return chosen;
    }
}
