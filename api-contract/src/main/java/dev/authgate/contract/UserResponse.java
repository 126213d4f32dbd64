package dev.authgate.contract;

import java.util.List;
import java.util.Map;

/** {@code GET /auth/user}. */
public record UserResponse(String username, Map<String, String> attributes, List<String> groups, UserMfa mfa) {

    public UserResponse {
        attributes = Map.copyOf(attributes);
        groups = List.copyOf(groups);
    }
}
