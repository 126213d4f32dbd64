package dev.authgate.emulator.internal.signout;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.RefreshSession;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** A signed-in user ends every one of their sessions: all their refresh, access and ID tokens stop working. */
public final class GlobalSignOut implements Action {
    private final Clock clock;
    private final AccessTokenVerifier tokens;

    public GlobalSignOut(Clock clock, AccessTokenVerifier tokens) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        AccessTokenVerifier.Verified caller = tokens.verify(request.required("AccessToken"), state, clock.instant());
        caller.pool().sessionsOf(caller.user()).forEach(RefreshSession::revoke);
        return Json.object();
    }
}
