package dev.authgate.emulator.internal.token;

import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.RefreshSession;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an access token the way Cognito's token-authorised actions do: our signature, an access
 * token, not expired, its session not revoked, its user still there. Anything it cannot vouch for
 * (another key, {@code alg: none}, an ID token) is simply invalid.
 */
public final class AccessTokenVerifier {
    private final SigningKey key;

    public AccessTokenVerifier(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The user the token speaks for, with the pool and session it came from. */
    public record Verified(UserPool pool, User user, String clientId, RefreshSession session) {
    }

    public Verified verify(String token, EmulatorState state, Instant now) {
        JWTClaimsSet claims = signedClaims(token).orElseThrow(AccessTokenVerifier::invalid);
        if (!"access".equals(claims.getClaim("token_use"))) {
            throw invalid();
        }
        // The pool comes from the issuer's last segment, so tokens survive a restart on another port.
        UserPool pool = poolId(claims.getIssuer()).flatMap(state::findPool).orElseThrow(AccessTokenVerifier::invalid);
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !now.isBefore(expiry.toInstant())) {
            throw NOT_AUTHORIZED.exception("Access Token has expired");
        }
        User user = pool.findBySub(claims.getSubject()).orElseThrow(() -> USER_NOT_FOUND.exception("User does not exist."));
        RefreshSession session = Optional.ofNullable(claims.getClaim("origin_jti"))
                .flatMap(originJti -> pool.findSession(originJti.toString()))
                .filter(found -> !found.isRevoked())
                .orElseThrow(() -> NOT_AUTHORIZED.exception("Access Token has been revoked"));
        return new Verified(pool, user, String.valueOf(claims.getClaim("client_id")), session);
    }

    private Optional<JWTClaimsSet> signedClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            boolean ours = JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    && key.keyId().equals(jwt.getHeader().getKeyID());
            if (!ours || !jwt.verify(key.verifier())) {
                return Optional.empty();
            }
            return Optional.of(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> poolId(String issuer) {
        if (issuer == null || issuer.lastIndexOf('/') < 0) {
            return Optional.empty();
        }
        return Optional.of(issuer.substring(issuer.lastIndexOf('/') + 1));
    }

    private static CognitoException invalid() {
        return NOT_AUTHORIZED.exception("Invalid Access Token");
    }
}
