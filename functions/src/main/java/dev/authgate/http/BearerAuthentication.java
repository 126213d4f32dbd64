package dev.authgate.http;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.identity.VerifiedAccessToken;

/** Reads the {@code Authorization} header, which must use the Bearer scheme, and verifies its token. */
public final class BearerAuthentication {

    private static final String SCHEME = "bearer ";

    private final AccessTokenVerifier verifier;

    public BearerAuthentication(AccessTokenVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** The verified token of a request that must carry one. */
    public VerifiedAccessToken required(HttpRequest request) {
        return optional(request).orElseThrow(() -> unauthorized("The Authorization header with a Bearer access token is required."));
    }

    /** The verified token, when the request carries an Authorization header at all. */
    public Optional<VerifiedAccessToken> optional(HttpRequest request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(SCHEME) || value.substring(SCHEME.length()).isBlank()) {
            throw unauthorized("The Authorization header must be 'Bearer <access token>'.");
        }
        try {
            return Optional.of(verifier.verify(value.substring(SCHEME.length()).strip()));
        } catch (AuthException e) {
            throw e.status() == 401 ? unauthorized(e.getMessage()) : e;
        }
    }

    private static AuthException unauthorized(String message) {
        return new AuthException(ErrorType.UNAUTHORIZED, 401, message, Map.of("WWW-Authenticate", "Bearer"), null);
    }
}
