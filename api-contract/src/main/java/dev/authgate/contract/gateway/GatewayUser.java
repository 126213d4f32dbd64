package dev.authgate.contract.gateway;

import java.util.Map;

/** cognito-gateway's {@code GET /user}. */
public record GatewayUser(String username, Map<String, String> attributes) {

    public GatewayUser {
        attributes = Map.copyOf(attributes);
    }
}
