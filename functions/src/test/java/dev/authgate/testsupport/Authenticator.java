package dev.authgate.testsupport;

import java.security.InvalidKeyException;
import java.security.Key;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * An authenticator app, as a user would have it: the RFC 6238 code of a base32 secret (an {@code otpauth://} URI's
 * {@code secret}) at an instant, computed by a TOTP library rather than by our own code.
 */
public final class Authenticator {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    private Authenticator() {
    }

    public static String code(String secret, Instant at) {
        Key key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
        try {
            return TOTP.generateOneTimePasswordString(key, at);
        } catch (InvalidKeyException e) {
            throw new AssertionError("A base32 secret always makes an HMAC key", e);
        }
    }

    /** A six-digit code that is not the right one at that instant. */
    public static String wrongCode(String secret, Instant at) {
        return code(secret, at).equals("000000") ? "111111" : "000000";
    }
}
