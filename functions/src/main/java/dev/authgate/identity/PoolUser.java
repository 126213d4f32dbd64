package dev.authgate.identity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.authgate.contract.MfaFactor;

/**
 * A user as the pool keeps it.
 *
 * @param username the pool's own username (the {@code sub} when users sign in with an email or phone)
 * @param attributes every attribute, {@code email}, {@code sub} and {@code custom:*} included
 * @param mfaFactors the second factors the user has turned on
 * @param preferredMfa the one asked for at sign-in, if the user chose one
 */
public record PoolUser(String username, Map<String, String> attributes, List<MfaFactor> mfaFactors, Optional<MfaFactor> preferredMfa) {

    public PoolUser {
        attributes = Map.copyOf(attributes);
        mfaFactors = List.copyOf(mfaFactors);
        Objects.requireNonNull(preferredMfa, "preferredMfa");
    }

    /** A user as an administrator's view shows one, without their factors. */
    public PoolUser(String username, Map<String, String> attributes) {
        this(username, attributes, List.of(), Optional.empty());
    }
}
