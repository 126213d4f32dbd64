package dev.authgate.emulator.internal.client;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.protocol.Ids;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.TokenValidity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Reads and validates a CreateUserPoolClient request into an app client. */
final class ClientSettingsReader {
    private static final Set<String> LEGACY_FLOWS = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH");
    private static final Set<String> FLOWS = Set.of(
            "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH");
    private static final List<String> DEFAULT_FLOWS = List.of("ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

    private ClientSettingsReader() {
    }

    static AppClient read(Request request, PoolSettings pool, Instant now) {
        String name = request.required("ClientName");
        boolean secret = request.bool("GenerateSecret").orElse(false);
        return new AppClient(
                Ids.clientId(),
                name,
                secret ? Ids.clientSecret() : null,
                now,
                authFlows(request.strings("ExplicitAuthFlows")),
                attributes(request.strings("ReadAttributes"), pool, "read"),
                attributes(request.strings("WriteAttributes"), pool, "write"),
                tokenValidity(request),
                preventUserExistenceErrors(request),
                request.bool("EnableTokenRevocation").orElse(true),
                minutes(request.integer("AuthSessionValidity").orElse(3), 3, 15, "AuthSessionValidity"));
    }

    private static List<String> authFlows(List<String> flows) {
        if (flows.isEmpty()) {
            return DEFAULT_FLOWS;
        }
        boolean legacy = flows.stream().anyMatch(LEGACY_FLOWS::contains);
        boolean current = flows.stream().anyMatch(FLOWS::contains);
        for (String flow : flows) {
            if (!LEGACY_FLOWS.contains(flow) && !FLOWS.contains(flow)) {
                throw INVALID_PARAMETER.exception("Invalid auth flow " + flow + ".");
            }
        }
        if (legacy && current) {
            throw INVALID_PARAMETER.exception("ExplicitAuthFlows cannot mix legacy values with ALLOW_ values.");
        }
        return flows;
    }

    private static List<String> attributes(List<String> names, PoolSettings pool, String access) {
        for (String name : names) {
            if (pool.attribute(name).isEmpty()) {
                throw INVALID_PARAMETER.exception("Invalid " + access + " attributes specified while creating a client");
            }
        }
        return names;
    }

    private static String preventUserExistenceErrors(Request request) {
        String value = request.optional("PreventUserExistenceErrors").orElse("LEGACY");
        if (!value.equals("ENABLED") && !value.equals("LEGACY")) {
            throw INVALID_PARAMETER.exception("PreventUserExistenceErrors must be ENABLED or LEGACY.");
        }
        return value;
    }

    private static TokenValidity tokenValidity(Request request) {
        TokenValidity defaults = TokenValidity.DEFAULT;
        Request units = request.nested("TokenValidityUnits");
        TokenValidity validity = new TokenValidity(
                request.integer("AccessTokenValidity").orElse(defaults.accessToken()),
                units.optional("AccessToken").orElse(defaults.accessTokenUnit()),
                request.integer("IdTokenValidity").orElse(defaults.idToken()),
                units.optional("IdToken").orElse(defaults.idTokenUnit()),
                request.integer("RefreshTokenValidity").orElse(defaults.refreshToken()),
                units.optional("RefreshToken").orElse(defaults.refreshTokenUnit()));
        try {
            within(validity.access(), Duration.ofMinutes(5), Duration.ofDays(1), "AccessTokenValidity");
            within(validity.id(), Duration.ofMinutes(5), Duration.ofDays(1), "IdTokenValidity");
            within(validity.refresh(), Duration.ofMinutes(60), Duration.ofDays(3650), "RefreshTokenValidity");
        } catch (IllegalArgumentException e) {
            throw INVALID_PARAMETER.exception("TokenValidityUnits must be seconds, minutes, hours or days.");
        }
        return validity;
    }

    private static void within(Duration value, Duration min, Duration max, String member) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw INVALID_PARAMETER.exception(member + " must be between " + min + " and " + max + ".");
        }
    }

    private static int minutes(int value, int min, int max, String member) {
        if (value < min || value > max) {
            throw INVALID_PARAMETER.exception(member + " must be between " + min + " and " + max + " minutes.");
        }
        return value;
    }
}
