package dev.authgate.settings;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code authgate.gateway}: how the cognito-gateway surface behaves.
 *
 * @param errorFormat how its routes answer errors: {@code envelope} (default), as every route does, or
 *     {@code cognito-gateway}, as that package did, so that its existing clients keep working
 */
public record GatewaySettings(ErrorFormat errorFormat) {

    public GatewaySettings {
        errorFormat = Objects.requireNonNullElse(errorFormat, ErrorFormat.ENVELOPE);
    }

    /** Every default. */
    public static GatewaySettings defaults() {
        return new GatewaySettings(null);
    }

    /** The shape of an error on the cognito-gateway surface. */
    public enum ErrorFormat {
        /** {@code {"error":{"type","message"}}} with the status of the error table. */
        ENVELOPE,
        /** {@code {"statusCode","message","name"}} with the status cognito-gateway gave. */
        COGNITO_GATEWAY;

        /** The name the settings use: {@code envelope}, {@code cognito-gateway}. */
        @JsonValue
        public String settingName() {
            return name().replace('_', '-').toLowerCase(Locale.ROOT);
        }

        public static ErrorFormat of(String name) {
            for (ErrorFormat format : values()) {
                if (format.settingName().equalsIgnoreCase(name) || format.name().equalsIgnoreCase(name)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("authgate.gateway.error-format: unknown format '" + name
                    + "'; the formats are envelope and cognito-gateway");
        }
    }
}
