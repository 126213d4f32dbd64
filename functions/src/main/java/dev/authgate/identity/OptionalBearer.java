package dev.authgate.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A request that may come with a verified access token: for routes that also accept the token another way,
 * as cognito-gateway's change-password took it in the body.
 *
 * @param <T> the request body's type
 */
public record OptionalBearer<T>(Optional<VerifiedAccessToken> token, T request) {

    public OptionalBearer {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(request, "request");
    }
}
