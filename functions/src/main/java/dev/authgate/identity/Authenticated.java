package dev.authgate.identity;

import java.util.Objects;

/**
 * A request made with a verified access token: what operations that act on the bearer's own account take.
 *
 * @param <T> the request body's type
 */
public record Authenticated<T>(VerifiedAccessToken token, T request) {

    public Authenticated {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(request, "request");
    }
}
