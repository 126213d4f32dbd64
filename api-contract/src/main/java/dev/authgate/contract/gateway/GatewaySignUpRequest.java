package dev.authgate.contract.gateway;

import java.util.Map;

/** cognito-gateway's {@code POST /signUp}: attributes by name. */
public record GatewaySignUpRequest(String username, String password, Map<String, String> attributes) {

    public GatewaySignUpRequest {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    @Override
    public String toString() {
        return "GatewaySignUpRequest[username=" + username + ", password=***, attributes=" + attributes + "]";
    }
}
