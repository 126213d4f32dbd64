package dev.authgate.contract;

/**
 * {@code POST /auth/mfa/totp/verify}: a first code from the authenticator app and a name for it; the username and
 * the session {@code POST /auth/mfa/totp} answered during an {@code MFA_SETUP} sign-in, without a Bearer token.
 */
public record VerifyTotpRequest(String code, String deviceName, String username, String session) {

    @Override
    public String toString() {
        return "VerifyTotpRequest[code=" + Redaction.redact(code) + ", deviceName=" + deviceName + ", username=" + username
                + ", session=" + Redaction.redact(session) + "]";
    }
}
