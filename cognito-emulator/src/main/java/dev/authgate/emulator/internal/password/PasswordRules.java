package dev.authgate.emulator.internal.password;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PASSWORD;

import dev.authgate.emulator.internal.state.PasswordPolicy;
import java.util.List;

/** Turns a policy's violations into Cognito's error, naming every rule the password breaks. */
public final class PasswordRules {
    private PasswordRules() {
    }

    public static void check(PasswordPolicy policy, String password) {
        List<String> violations = policy.violations(password);
        if (!violations.isEmpty()) {
            throw INVALID_PASSWORD.exception("Password did not conform with policy: " + String.join("; ", violations));
        }
    }
}
