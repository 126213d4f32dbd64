package dev.authgate.trigger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The six-digit sign-in codes: drawn from {@link SecureRandom}, kept only as a salted hash (in the challenge's
 * private parameters, and in its metadata so a retry can reuse the code), and compared in constant time.
 */
public final class SignInCodes {

    private final SecureRandom random = new SecureRandom();

    public String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** A salted hash of the code, {@code <salt>:<hash>}, both base64. */
    public String hash(String code) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return encode(salt) + ":" + encode(digest(salt, code));
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
            return MessageDigest.isEqual(expected, digest(salt, answer.strip()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
