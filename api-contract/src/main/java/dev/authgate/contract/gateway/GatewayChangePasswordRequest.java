package dev.authgate.contract.gateway;

/** cognito-gateway's {@code POST /changePassword}: the access token may come here or as a Bearer header. */
public record GatewayChangePasswordRequest(String password, String newPassword, String accessToken) {

    @Override
    public String toString() {
        return "GatewayChangePasswordRequest[***]";
    }
}
