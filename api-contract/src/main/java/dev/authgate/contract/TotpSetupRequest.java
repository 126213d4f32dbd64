package dev.authgate.contract;

/**
 * {@code POST /auth/mfa/totp}: nothing with a Bearer token; the username and the session of a sign-in that answered
 * {@code MFA_SETUP} without one.
 */
public record TotpSetupRequest(String username, String session) {

    @Override
    public String toString() {
        return "TotpSetupRequest[username=" + username + ", session=" + Redaction.redact(session) + "]";
    }
}
