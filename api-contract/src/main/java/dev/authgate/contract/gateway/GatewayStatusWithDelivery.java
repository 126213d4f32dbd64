package dev.authgate.contract.gateway;

/** cognito-gateway's answer to a forgot-password request: success, and where the code went. */
public record GatewayStatusWithDelivery(String status, String verificationAttribute, String verificationMedium,
        String verificationValue) {

    public static GatewayStatusWithDelivery success(GatewayDelivery delivery) {
        return new GatewayStatusWithDelivery(GatewayStatus.SUCCESS.status(), delivery.verificationAttribute(),
                delivery.verificationMedium(), delivery.verificationValue());
    }
}
