package dev.authgate.snapstart;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.authgate.error.AuthException;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.settings.CognitoSettings;

/**
 * The pool's signing keys and the token check: reads the pool's JWKS to learn a key id, then has the real
 * verifier check a token that names that key but is signed by a key of the primer's own. The verifier fetches
 * and caches the JWKS and runs the RS256 check, which fails as it must. Both fetches close their connection.
 * A pool that cannot be reached at checkpoint time is not fatal: the first request fetches the keys instead.
 */
final class JwksPrimer implements Primer {

    private static final Log LOG = LogFactory.getLog(JwksPrimer.class);
    private static final int JWKS_SIZE_LIMIT = 64 * 1024;

    private final CognitoSettings settings;
    private final AccessTokenVerifier verifier;

    JwksPrimer(CognitoSettings settings, AccessTokenVerifier verifier) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public String name() {
        return "JWKS fetch and RS256 token check";
    }

    @Override
    public void prime() {
        String keyId;
        try {
            List<JWK> keys = JWKSet.load(URI.create(settings.jwksUri()).toURL(), settings.timeoutMillis(),
                    settings.timeoutMillis(), JWKS_SIZE_LIMIT).getKeys();
            keyId = keys.isEmpty() ? "primer" : keys.get(0).getKeyID();
        } catch (IOException | ParseException e) {
            LOG.warn("SnapStart priming: the pool's JWKS could not be read (" + e.getMessage()
                    + "); the first request after a restore will fetch it");
            return;
        }
        try {
            verifier.verify(foreignToken(keyId));
            throw new IllegalStateException("The verifier accepted a token signed by a foreign key");
        } catch (AuthException e) {
            if (e.status() != 401) {
                LOG.warn("SnapStart priming: the verifier could not fetch the pool's keys (" + e.getMessage()
                        + "); the first request after a restore will fetch them");
            }
        }
    }

    /** A well-formed access token for this pool and client that names the key but carries a foreign signature. */
    private String foreignToken(String keyId) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(settings.issuer())
                    .subject("primer")
                    .claim("token_use", "access")
                    .claim("client_id", Objects.requireNonNullElse(settings.clientId(), "primer"))
                    .claim("username", "primer")
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .build();
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            token.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the priming token", e);
        }
    }
}
