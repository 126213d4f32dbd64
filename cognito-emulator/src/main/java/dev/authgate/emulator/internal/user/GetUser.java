package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.UserMfa;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The signed-in user's own profile, limited to what their app client may read, with their MFA factors. */
public final class GetUser implements SignedInAction {

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        Predicate<String> readable = caller.pool().findClient(caller.clientId())
                .<Predicate<String>>map(client -> client::canRead)
                .orElse(name -> true);
        ObjectNode response = Json.object().put("Username", caller.user().username());
        response.set("UserAttributes", Json.attributeList(UserJson.readable(caller.user(), readable)));
        response.putArray("MFAOptions");
        UserMfa mfa = caller.user().mfa();
        if (!mfa.enabled().isEmpty()) {
            ArrayNode enabled = response.putArray("UserMFASettingList");
            mfa.enabled().forEach(enabled::add);
        }
        mfa.preferred().ifPresent(preferred -> response.put("PreferredMfaSetting", preferred));
        return response;
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
