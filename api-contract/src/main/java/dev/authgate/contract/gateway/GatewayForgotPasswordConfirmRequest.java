package dev.authgate.contract.gateway;

/** cognito-gateway's {@code POST /forgotPasswordConfirm}. */
public record GatewayForgotPasswordConfirmRequest(String username, String confirmationCode, String password) {

    @Override
    public String toString() {
        return "GatewayForgotPasswordConfirmRequest[username=" + username + ", ***]";
    }
}
