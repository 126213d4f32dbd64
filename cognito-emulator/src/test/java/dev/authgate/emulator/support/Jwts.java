package dev.authgate.emulator.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;

/** Reads and verifies tokens the way a resource server would: against the JWKS fetched over HTTP. */
public final class Jwts {
    private Jwts() {
    }

    public static JWKSet jwks(URI endpoint, String poolId) {
        try {
            return JWKSet.parse(Http.get(endpoint.resolve("/" + poolId + "/.well-known/jwks.json")).body());
        } catch (ParseException e) {
            throw new AssertionError("The JWKS is not a JWK set", e);
        }
    }

    public static boolean verifies(String token, JWKSet jwks) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
            return key != null && jwt.verify(new RSASSAVerifier(key));
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("The token could not be checked", e);
        }
    }

    public static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("Not a signed JWT", e);
        }
    }
}
