package dev.authgate.identity;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.settings.CognitoSettings;

/**
 * Checks an access token locally before Cognito is asked anything: RS256 signature against the pool's
 * JWKS (fetched once, cached, fetched again for an unknown key id, with a timeout), issuer,
 * {@code token_use=access}, the app client, and expiry with a little clock skew. A token that fails answers
 * 401 without a call to Cognito; revocation is the one thing only Cognito knows, and it says so itself.
 */
public final class AccessTokenVerifier {

    static final int CLOCK_SKEW_SECONDS = 30;
    private static final int JWKS_SIZE_LIMIT = 64 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    AccessTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String clientId) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder()
                        .issuer(Objects.requireNonNull(issuer, "issuer"))
                        .claim("token_use", "access")
                        .claim("client_id", Objects.requireNonNull(clientId, "clientId"))
                        .build(),
                Set.of("sub", "exp", "iat", "username"));
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** A verifier for the pool and client the settings name, fetching keys from the pool's JWKS. */
    public static AccessTokenVerifier create(CognitoSettings settings) {
        int timeout = settings.timeoutMillis();
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(settings.jwksUri()).toURL(), new DefaultResourceRetriever(timeout, timeout, JWKS_SIZE_LIMIT))
                    .cache(Duration.ofHours(12).toMillis(), Duration.ofSeconds(timeout / 1000 + 1).toMillis())
                    .build();
            return new AccessTokenVerifier(keys, settings.issuer(), settings.clientId());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("authgate.cognito: the JWKS address " + settings.jwksUri() + " is not a URL", e);
        }
    }

    /** The token's user, if the token is one this API accepts. */
    public VerifiedAccessToken verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> groups = claims.getStringListClaim("cognito:groups");
            return new VerifiedAccessToken(token, claims.getSubject(), claims.getStringClaim("username"),
                    groups == null ? List.of() : groups);
        } catch (RateLimitReachedException e) {
            // An unknown key id makes the JWKS be fetched again, at most once per rate-limit interval; a second
            // unknown id within it is a token of no key the pool has, so it is refused, not taken for an outage.
            throw new AuthException(ErrorType.UNAUTHORIZED, 401, "The access token is not valid.");
        } catch (KeySourceException e) {
            throw new AuthException(ErrorType.SERVICE_UNAVAILABLE, 503,
                    "The identity provider's signing keys could not be fetched.", Map.of("Retry-After", "1"), e);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new AuthException(ErrorType.UNAUTHORIZED, 401, "The access token is not valid.");
        }
    }
}
