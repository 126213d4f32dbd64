package dev.authgate.emulator.internal.signout;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.RefreshSession;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/** A signed-in user ends every one of their sessions: all their refresh, access and ID tokens stop working. */
public final class GlobalSignOut implements SignedInAction {

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        caller.pool().sessionsOf(caller.user()).forEach(RefreshSession::revoke);
        return Json.object();
    }
}
