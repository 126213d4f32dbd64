package dev.authgate.contract;

/** {@code POST /auth/token/refresh}. */
public record RefreshTokenRequest(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[refreshToken=" + Redaction.redact(refreshToken) + "]";
    }
}
