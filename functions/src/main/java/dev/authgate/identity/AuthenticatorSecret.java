package dev.authgate.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A new authenticator secret (base32), and the sign-in's next session when it was asked for with one.
 */
public record AuthenticatorSecret(String secretCode, Optional<String> session) {

    public AuthenticatorSecret {
        Objects.requireNonNull(secretCode, "secretCode");
        Objects.requireNonNull(session, "session");
    }

    @Override
    public String toString() {
        return "AuthenticatorSecret[redacted]";
    }
}
