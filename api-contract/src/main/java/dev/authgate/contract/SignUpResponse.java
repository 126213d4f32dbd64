package dev.authgate.contract;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The new user: {@code id} is its {@code sub}. Where the confirmation code went is not part of the primary
 * surface's answer, but the cognito-gateway surface answers it.
 */
public record SignUpResponse(String id, String username, Map<String, String> userAttributes,
        @JsonIgnore CodeDeliveryDetails codeDelivery) {

    public SignUpResponse {
        userAttributes = Map.copyOf(userAttributes);
    }
}
