package dev.authgate.contract;

import java.util.Map;

/** {@code POST /auth/sign-up}: the password is absent in Passwordless mode. */
public record SignUpRequest(String username, String password, Map<String, String> userAttributes) {

    public SignUpRequest {
        userAttributes = userAttributes == null ? Map.of() : Map.copyOf(userAttributes);
    }

    @Override
    public String toString() {
        return "SignUpRequest[username=" + username + ", password=" + Redaction.redact(password)
                + ", userAttributes=" + userAttributes + "]";
    }
}
