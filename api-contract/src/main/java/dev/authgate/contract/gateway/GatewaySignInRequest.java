package dev.authgate.contract.gateway;

/** cognito-gateway's {@code POST /signIn}. */
public record GatewaySignInRequest(String username, String password) {

    @Override
    public String toString() {
        return "GatewaySignInRequest[username=" + username + ", password=***]";
    }
}
