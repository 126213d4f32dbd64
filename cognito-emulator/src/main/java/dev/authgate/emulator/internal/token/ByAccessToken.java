package dev.authgate.emulator.internal.token;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Runs a {@link SignedInAction} for the user of the request's {@code AccessToken}, refusing a token Cognito would. */
public final class ByAccessToken implements Action {
    private final Clock clock;
    private final AccessTokenVerifier tokens;
    private final SignedInAction action;

    public ByAccessToken(Clock clock, AccessTokenVerifier tokens, SignedInAction action) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.action = Objects.requireNonNull(action, "action");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        Instant now = clock.instant();
        return action.handle(request, tokens.verify(request.required("AccessToken"), state, now), now);
    }

    @Override
    public boolean readOnly() {
        return action.readOnly();
    }
}
