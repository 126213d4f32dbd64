package dev.authgate.contract.gateway;

import java.util.Map;

/** cognito-gateway's answer to a sign-up: the user and where the confirmation code went. */
public record GatewaySignedUp(User user, String verificationAttribute, String verificationMedium, String verificationValue) {

    /** The new user. */
    public record User(String username, Map<String, String> attributes, String sub) {

        public User {
            attributes = Map.copyOf(attributes);
        }
    }
}
