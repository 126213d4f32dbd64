package dev.authgate.contract;

import java.util.Map;

/** {@code PATCH /auth/user}: the attributes to set, by their Cognito names ({@code name}, {@code email}, ...). */
public record UpdateUserRequest(Map<String, String> attributes) {

    public UpdateUserRequest {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
