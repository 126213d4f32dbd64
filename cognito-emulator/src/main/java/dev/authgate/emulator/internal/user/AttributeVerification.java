package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import java.time.Duration;
import java.util.Set;

/** What the actions that verify a user's email or phone number share. */
final class AttributeVerification {
    /** The outbox's purpose for an attribute's code. */
    static final String PURPOSE = "ATTRIBUTE_VERIFICATION";
    /** Cognito's attribute verification codes are valid for 24 hours. */
    static final Duration CODE_VALIDITY = Duration.ofHours(24);

    private static final Set<String> VERIFIABLE = Set.of("email", "phone_number");

    private AttributeVerification() {
    }

    /** The attribute named by a request, which must be one a code can verify. */
    static String verifiable(String attributeName) {
        if (!VERIFIABLE.contains(attributeName)) {
            throw INVALID_PARAMETER.exception("Invalid attribute name: only email and phone_number can be verified.");
        }
        return attributeName;
    }
}
