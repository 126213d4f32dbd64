package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** A signed-in user deletes their own account. */
public final class DeleteUser implements Action {
    private final Clock clock;
    private final AccessTokenVerifier tokens;

    public DeleteUser(Clock clock, AccessTokenVerifier tokens) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        AccessTokenVerifier.Verified caller = tokens.verify(request.required("AccessToken"), state, clock.instant());
        caller.pool().removeUser(caller.user());
        return Json.object();
    }
}
