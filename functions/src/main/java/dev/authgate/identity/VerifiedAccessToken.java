package dev.authgate.identity;

import java.util.List;

/**
 * An access token that passed local verification, with the claims the operations use.
 *
 * @param token the token itself, for the Cognito calls that take it
 * @param sub the user's immutable id
 * @param username the pool's username
 * @param groups the user's groups ({@code cognito:groups})
 */
public record VerifiedAccessToken(String token, String sub, String username, List<String> groups) {

    public VerifiedAccessToken {
        groups = List.copyOf(groups);
    }

    @Override
    public String toString() {
        return "VerifiedAccessToken[sub=" + sub + ", username=" + username + ", groups=" + groups + "]";
    }
}
