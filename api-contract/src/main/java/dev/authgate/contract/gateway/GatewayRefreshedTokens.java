package dev.authgate.contract.gateway;

/** cognito-gateway's answer to a refresh: new access and ID tokens. */
public record GatewayRefreshedTokens(String accessToken, String idToken) {

    @Override
    public String toString() {
        return "GatewayRefreshedTokens[***]";
    }
}
