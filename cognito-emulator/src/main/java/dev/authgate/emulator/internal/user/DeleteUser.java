package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/** A signed-in user deletes their own account. */
public final class DeleteUser implements SignedInAction {

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        caller.pool().removeUser(caller.user());
        return Json.object();
    }
}
