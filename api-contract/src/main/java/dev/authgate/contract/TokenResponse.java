package dev.authgate.contract;

/** Tokens; {@code expiresIn} is the access token's lifetime in seconds. */
public record TokenResponse(String accessToken, String idToken, String refreshToken, long expiresIn, String tokenType)
        implements SignInResult {

    public static final String BEARER = "Bearer";

    public static TokenResponse bearer(String accessToken, String idToken, String refreshToken, long expiresIn) {
        return new TokenResponse(accessToken, idToken, refreshToken, expiresIn, BEARER);
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=" + Redaction.redact(accessToken) + ", idToken=" + Redaction.redact(idToken)
                + ", refreshToken=" + Redaction.redact(refreshToken) + ", expiresIn=" + expiresIn
                + ", tokenType=" + tokenType + "]";
    }
}
