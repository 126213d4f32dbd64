package dev.authgate.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.authgate.contract.AuthMode;

/**
 * Everything Authgate is configured with, under {@code authgate.*}. In Lambda the same properties come from
 * environment variables ({@code AUTHGATE_COGNITO_USER_POOL_ID}, ...).
 *
 * @param mode UserPassword (email usernames, passwords) or Passwordless (phone usernames, SMS codes)
 * @param surfaces the API surfaces served: {@code auth}, {@code cognito-gateway}
 * @param cognito where the user pool is and how to reach it
 * @param http limits of the HTTP edges
 */
@ConfigurationProperties("authgate")
public record AuthgateProperties(
        @DefaultValue("UserPassword") AuthMode mode,
        @DefaultValue({"auth", "cognito-gateway"}) Set<String> surfaces,
        @DefaultValue Cognito cognito,
        @DefaultValue Http http) {

    static final Set<String> KNOWN_SURFACES = Set.of("auth", "cognito-gateway");

    public AuthgateProperties {
        Objects.requireNonNull(mode, "authgate.mode");
        surfaces = Set.copyOf(surfaces);
        for (String surface : surfaces) {
            if (!KNOWN_SURFACES.contains(surface)) {
                throw new IllegalArgumentException(
                        "authgate.surfaces: unknown surface '" + surface + "'; the surfaces are " + KNOWN_SURFACES);
            }
        }
    }

    /**
     * The user pool.
     *
     * @param region the AWS region of the pool
     * @param endpoint the Cognito endpoint, set only to use an emulator instead of AWS
     * @param userPoolId the pool's id
     * @param clientId the app client's id (a public client, without secret)
     * @param timeout how long one Cognito call may take, retries included
     */
    public record Cognito(
            @DefaultValue("us-east-1") String region,
            URI endpoint,
            String userPoolId,
            String clientId,
            @DefaultValue("5s") Duration timeout) {
    }

    /**
     * @param maxBodyBytes the largest request body accepted; larger ones answer 413
     */
    public record Http(@DefaultValue("65536") int maxBodyBytes) {

        public Http {
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("authgate.http.max-body-bytes must be at least 1024, not " + maxBodyBytes);
            }
        }
    }
}
