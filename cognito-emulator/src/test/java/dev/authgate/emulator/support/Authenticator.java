package dev.authgate.emulator.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.Key;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** An authenticator app: the RFC 6238 code of a base32 secret at an instant, from a TOTP library rather than our own code. */
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
}
