package dev.authgate.settings;

import java.net.URI;
import java.util.Objects;

/**
 * {@code authgate.cognito}: the user pool the API fronts, and how to reach it.
 * Each {@code with...} method gives a copy with one value changed.
 *
 * @param region the pool's AWS region (default {@code us-east-1})
 * @param endpoint the Cognito endpoint, set only to use an emulator instead of AWS
 * @param userPoolId the pool's id
 * @param clientId the app client's id (a public client, without secret)
 * @param timeoutMillis how long one Cognito call may take, retries included (default 5000)
 */
public record CognitoSettings(String region, URI endpoint, String userPoolId, String clientId, Integer timeoutMillis) {

    public CognitoSettings {
        region = Objects.requireNonNullElse(region, "us-east-1");
        timeoutMillis = Objects.requireNonNullElse(timeoutMillis, 5000);
    }

    /** Every default. */
    public static CognitoSettings defaults() {
        return new CognitoSettings(null, null, null, null, null);
    }

    public CognitoSettings withRegion(String newRegion) {
        return new CognitoSettings(newRegion, endpoint, userPoolId, clientId, timeoutMillis);
    }

    public CognitoSettings withEndpoint(URI newEndpoint) {
        return new CognitoSettings(region, newEndpoint, userPoolId, clientId, timeoutMillis);
    }

    public CognitoSettings withUserPoolId(String newUserPoolId) {
        return new CognitoSettings(region, endpoint, newUserPoolId, clientId, timeoutMillis);
    }

    public CognitoSettings withClientId(String newClientId) {
        return new CognitoSettings(region, endpoint, userPoolId, newClientId, timeoutMillis);
    }

    public CognitoSettings withTimeoutMillis(int newTimeoutMillis) {
        return new CognitoSettings(region, endpoint, userPoolId, clientId, newTimeoutMillis);
    }

    /** The {@code iss} of the pool's tokens: on AWS {@code https://cognito-idp.<region>.amazonaws.com/<pool>}. */
    public String issuer() {
        String base = endpoint == null
                ? "https://cognito-idp." + region + ".amazonaws.com"
                : endpoint.toString().replaceAll("/+$", "");
        return base + "/" + userPoolId;
    }

    /** Where the pool publishes the keys its tokens are signed with. */
    public String jwksUri() {
        return issuer() + "/.well-known/jwks.json";
    }
}
