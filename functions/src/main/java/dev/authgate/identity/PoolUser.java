package dev.authgate.identity;

import java.util.Map;

/**
 * A user as the pool keeps it.
 *
 * @param username the pool's own username (the {@code sub} when users sign in with an email or phone)
 * @param attributes every attribute, {@code email}, {@code sub} and {@code custom:*} included
 */
public record PoolUser(String username, Map<String, String> attributes) {

    public PoolUser {
        attributes = Map.copyOf(attributes);
    }
}
