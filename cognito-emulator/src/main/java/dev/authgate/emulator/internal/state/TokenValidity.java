package dev.authgate.emulator.internal.state;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How long an app client's tokens live, in the client's own units. */
public record TokenValidity(
        int accessToken, String accessTokenUnit,
        int idToken, String idTokenUnit,
        int refreshToken, String refreshTokenUnit) {

    /** Cognito's defaults: one hour for access and ID tokens, thirty days for refresh tokens. */
    public static final TokenValidity DEFAULT = new TokenValidity(1, "hours", 1, "hours", 30, "days");

    public Duration access() {
        return duration(accessToken, accessTokenUnit);
    }

    public Duration id() {
        return duration(idToken, idTokenUnit);
    }

    public Duration refresh() {
        return duration(refreshToken, refreshTokenUnit);
    }

    public static Duration duration(long amount, String unit) {
        return Duration.of(amount, unit(unit));
    }

    public static ChronoUnit unit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "seconds" -> ChronoUnit.SECONDS;
            case "minutes" -> ChronoUnit.MINUTES;
            case "hours" -> ChronoUnit.HOURS;
            case "days" -> ChronoUnit.DAYS;
            default -> throw new IllegalArgumentException("Unknown time unit " + unit);
        };
    }
}
