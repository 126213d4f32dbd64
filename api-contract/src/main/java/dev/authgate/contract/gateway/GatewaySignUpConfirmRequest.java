package dev.authgate.contract.gateway;

/** cognito-gateway's {@code POST /signUpConfirm}. */
public record GatewaySignUpConfirmRequest(String username, String verificationCode) {

    @Override
    public String toString() {
        return "GatewaySignUpConfirmRequest[username=" + username + ", verificationCode=***]";
    }
}
