package dev.authgate.contract.gateway;

/** cognito-gateway's tokens; {@code time} is when they were issued, in epoch seconds. */
public record GatewayTokens(String accessToken, String refreshToken, String idToken, long time) implements GatewaySignInResult {

    @Override
    public String toString() {
        return "GatewayTokens[time=" + time + "]";
    }
}
