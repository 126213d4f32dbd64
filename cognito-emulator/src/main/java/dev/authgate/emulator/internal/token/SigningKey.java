package dev.authgate.emulator.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The RSA key that signs every token. With a data folder it is generated once and kept there, so
 * that tokens issued before a restart still verify; in memory each start has a fresh key.
 */
public final class SigningKey {
    private static final String FILE_NAME = "signing-key.json";

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    public static SigningKey generate() {
        try {
            return new SigningKey(new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA signing key", e);
        }
    }

    public static SigningKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return new SigningKey(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            SigningKey created = generate();
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(temporary, created.key.toJSONString(), StandardCharsets.UTF_8);
            restrictToOwner(temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key " + file + " is not an RSA JWK", e);
        }
    }

    public String keyId() {
        return key.getKeyID();
    }

    public JWSSigner signer() {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key has no private part", e);
        }
    }

    public JWSVerifier verifier() {
        try {
            return new RSASSAVerifier(key.toRSAPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key is not a valid RSA key", e);
        }
    }

    /** The public half as a JWK set: what a resource server fetches to verify tokens. */
    public String publicJwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own permissions have to do.
        }
    }
}
