package dev.authgate.contract;

/** {@code POST /auth/token/revoke}: exactly one of the two tokens. */
public record RevokeTokenRequest(String accessToken, String refreshToken) {

    @Override
    public String toString() {
        return "RevokeTokenRequest[accessToken=" + Redaction.redact(accessToken)
                + ", refreshToken=" + Redaction.redact(refreshToken) + "]";
    }
}
