package dev.authgate.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /auth/mfa/totp}: the authenticator's base32 secret, the {@code otpauth://} URI an app scans, and the
 * sign-in's next session during {@code MFA_SETUP} (else null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TotpSetupResponse(String secret, String uri, String session) {

    @Override
    public String toString() {
        return "TotpSetupResponse[secret=" + Redaction.redact(secret) + ", uri=" + Redaction.redact(uri)
                + ", session=" + Redaction.redact(session) + "]";
    }
}
