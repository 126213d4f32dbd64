package dev.authgate.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code GET /auth/user}'s {@code mfa}: the factors the user has turned on, and the one asked for at sign-in (or null). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserMfa(List<MfaFactor> enabled, MfaFactor preferred) {

    public UserMfa {
        enabled = List.copyOf(enabled);
    }
}
