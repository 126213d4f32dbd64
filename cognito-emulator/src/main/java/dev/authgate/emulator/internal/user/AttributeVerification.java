package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.state.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the actions that verify a user's email or phone number share. */
final class AttributeVerification {
    /** The attributes a code can verify, in the order the attribute updates handle them. */
    static final List<String> CONTACTS = List.of("email", "phone_number");

    /** The outbox's purpose for an attribute's code. */
    private static final String PURPOSE = "ATTRIBUTE_VERIFICATION";
    /** Cognito's attribute verification codes are valid for 24 hours. */
    private static final Duration CODE_VALIDITY = Duration.ofHours(24);

    private AttributeVerification() {
    }

    /** The attribute named by a request, which must be one a code can verify. */
    static String verifiable(String attributeName) {
        if (!CONTACTS.contains(attributeName)) {
            throw INVALID_PARAMETER.exception("Invalid attribute name: only email and phone_number can be verified.");
        }
        return attributeName;
    }

    /** Sends a new code to the contact; the user's previous code for that attribute stops working. */
    static void sendCode(CodeSender codes, User user, Contact contact, Instant now) {
        user.setAttributeCode(contact.attribute(), codes.sendCode(contact, PURPOSE, CODE_VALIDITY, now));
    }
}
