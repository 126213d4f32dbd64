package dev.authgate.contract.gateway;

/** cognito-gateway's answer for operations that only succeed: {@code {"status":"success"}}. */
public record GatewayStatus(String status) {

    public static final GatewayStatus SUCCESS = new GatewayStatus("success");
}
