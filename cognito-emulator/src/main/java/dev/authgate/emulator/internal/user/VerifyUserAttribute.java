package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.code.CodeCheck;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed-in user confirms their email or phone number with the code sent to it. A change that was waiting for
 * this code takes effect now, unless another user has meanwhile taken the address as their sign-in name.
 */
public final class VerifyUserAttribute implements SignedInAction {

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        String attribute = AttributeVerification.verifiable(request.required("AttributeName"));
        String code = request.required("Code");
        User user = caller.user();
        CodeCheck.verify(user.attributeCode(attribute), code, now, update -> user.setAttributeCode(attribute, update));
        user.unverifiedContact(attribute)
                .ifPresent(value -> AttributeRules.checkAliasesFree(caller.pool(), user, Map.of(attribute, value)));
        user.verifyContact(attribute, now);
        return Json.object();
    }
}
