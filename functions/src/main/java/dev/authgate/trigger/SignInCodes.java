package dev.authgate.trigger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The six-digit sign-in codes: drawn from {@link SecureRandom}, kept only as a salted HMAC-SHA256 under a secret key
 * (in the challenge's private parameters, and in its metadata so a retry can reuse the code), and compared in
 * constant time. A bare hash of a six-digit code falls to a million guesses; without the key, the HMAC tells nothing.
 */
public final class SignInCodes {

    private static final String HMAC = "HmacSHA256";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    /** Codes hashed under this key, which every instance that checks them must share. */
    public SignInCodes(byte[] key) {
        if (Objects.requireNonNull(key, "key").length < 16) {
            throw new IllegalArgumentException("the sign-in code key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    /** Codes under a key of this process's own, for a run where one process makes and checks every code. */
    public static SignInCodes withProcessKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SignInCodes(key);
    }

    public String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** A salted HMAC of the code, {@code <salt>:<mac>}, both base64. */
    public String hash(String code) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return encode(salt) + ":" + encode(mac(salt, code));
    }

    /** Whether the answer is the code behind the hash, compared in constant time. */
    public boolean matches(String answer, String saltedHash) {
        int colon = saltedHash.indexOf(':');
        if (answer == null || colon < 0) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(saltedHash.substring(0, colon));
            byte[] expected = Base64.getDecoder().decode(saltedHash.substring(colon + 1));
            return MessageDigest.isEqual(expected, mac(salt, answer.strip()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private byte[] mac(byte[] salt, String code) {
        try {
            Mac hmac = Mac.getInstance(HMAC);
            hmac.init(key);
            hmac.update(salt);
            return hmac.doFinal(code.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
