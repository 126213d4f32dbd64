package dev.authgate.contract;

import java.util.Map;

/** The new user: {@code id} is its {@code sub}. */
public record SignUpResponse(String id, String username, Map<String, String> userAttributes) {

    public SignUpResponse {
        userAttributes = Map.copyOf(userAttributes);
    }
}
