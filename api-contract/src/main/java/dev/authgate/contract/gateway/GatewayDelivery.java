package dev.authgate.contract.gateway;

import dev.authgate.contract.CodeDeliveryDetails;

/** cognito-gateway's account of where a code went. */
public record GatewayDelivery(String verificationAttribute, String verificationMedium, String verificationValue) {

    public static GatewayDelivery of(CodeDeliveryDetails delivery) {
        return delivery == null
                ? new GatewayDelivery("", "", "")
                : new GatewayDelivery(delivery.attribute(), delivery.medium(), delivery.destination());
    }
}
