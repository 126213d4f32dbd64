package dev.authgate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.ParseException;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An access token an attacker could make: the pool's key id, a real token's claims with a fresh expiry, and an
 * RS256 signature by a key of their own. It parses and names a known key, so it is rejected by the signature
 * check, the last and most expensive of the local checks, without a call to Cognito.
 */
public final class ForgedToken {

    private ForgedToken() {
    }

    public static String like(String realToken, String jwksUri) {
        try {
            SignedJWT real = SignedJWT.parse(realToken);
            String keyId = JWKSet.load(URI.create(jwksUri).toURL()).getKeys().get(0).getKeyID();
            RSAKey attackerKey = new RSAKeyGenerator(2048).keyID(keyId).generate();
            JWTClaimsSet claims = new JWTClaimsSet.Builder(real.getJWTClaimsSet())
                    .expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
                    .build();
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            forged.sign(new RSASSASigner(attackerKey));
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Could not forge a token", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
