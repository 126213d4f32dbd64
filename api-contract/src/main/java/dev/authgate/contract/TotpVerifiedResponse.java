package dev.authgate.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code POST /auth/mfa/totp/verify}: done; during {@code MFA_SETUP}, the session that finishes the sign-in (else null). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TotpVerifiedResponse(String message, String session) {

    @Override
    public String toString() {
        return "TotpVerifiedResponse[message=" + message + ", session=" + Redaction.redact(session) + "]";
    }
}
