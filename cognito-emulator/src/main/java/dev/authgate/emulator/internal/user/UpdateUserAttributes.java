package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed-in user changes their own attributes, within what their app client may write. A new email or phone
 * number the pool verifies gets a code; in a pool that verifies it before the update, the current value stays in
 * force until VerifyUserAttribute confirms the new one, otherwise the new value applies at once, unverified.
 */
public final class UpdateUserAttributes implements SignedInAction {
    private final CodeSender codes;

    public UpdateUserAttributes(CodeSender codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        Map<String, String> attributes = request.requiredAttributes("UserAttributes");
        PoolSettings settings = caller.pool().settings();
        User user = caller.user();
        for (String contact : AttributeVerification.CONTACTS) {
            if (attributes.containsKey(contact + "_verified")) {
                throw INVALID_PARAMETER.exception("Cannot modify the attribute " + contact + "_verified: only verification sets it.");
            }
        }
        AttributeRules.checkWritable(settings, caller.pool().findClient(caller.clientId()), attributes);
        AttributeRules.checkMutable(settings, user, attributes);
        AttributeRules.checkAliasesFree(caller.pool(), user, attributes);

        Map<String, String> applied = new LinkedHashMap<>(attributes);
        List<Contact> toVerify = new ArrayList<>();
        for (String contact : AttributeVerification.CONTACTS) {
            String value = attributes.get(contact);
            if (value == null || user.attribute(contact).filter(value::equals).isPresent()) {
                user.dropUnverifiedContact(contact);
                continue;
            }
            if (settings.verifiesBeforeUpdate(contact)) {
                applied.remove(contact);
                user.setUnverifiedContact(contact, value, now);
            } else {
                user.dropUnverifiedContact(contact);
                applied.put(contact + "_verified", "false");
            }
            if (settings.autoVerifiedAttributes().contains(contact)) {
                toVerify.add(new Contact(contact, value));
            }
        }
        user.putAttributes(applied, now);

        ObjectNode response = Json.object();
        ArrayNode deliveries = response.putArray("CodeDeliveryDetailsList");
        for (Contact contact : toVerify) {
            AttributeVerification.sendCode(codes, user, contact, now);
            deliveries.add(contact.deliveryDetails());
        }
        return response;
    }
}
