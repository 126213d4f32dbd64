package dev.authgate.contract;

/** A request that names only a user: resend a code, forgot password. */
public record UsernameRequest(String username) {
}
