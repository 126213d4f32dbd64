package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a signed-in user a new code for their email or phone number: to the new value when a change waits for
 * verification, else to the current one. The previous code stops working.
 */
public final class GetUserAttributeVerificationCode implements SignedInAction {
    private final CodeSender codes;

    public GetUserAttributeVerificationCode(CodeSender codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        String attribute = AttributeVerification.verifiable(request.required("AttributeName"));
        User user = caller.user();
        Contact contact = user.contactToVerify(attribute)
                .map(value -> new Contact(attribute, value))
                .orElseThrow(() -> INVALID_PARAMETER.exception("The user has no " + attribute + " to verify."));
        AttributeVerification.sendCode(codes, user, contact, now);
        ObjectNode response = Json.object();
        response.set("CodeDeliveryDetails", contact.deliveryDetails());
        return response;
    }
}
