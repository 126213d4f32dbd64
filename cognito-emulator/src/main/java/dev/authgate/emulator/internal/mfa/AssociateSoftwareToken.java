package dev.authgate.emulator.internal.mfa;

import dev.authgate.emulator.internal.auth.ChallengeSessions;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives the user a new authenticator secret (base32), to be proven with a first code by VerifySoftwareToken; a
 * verified authenticator stays in use until then. With a session, the answer carries the sign-in's next session.
 */
public final class AssociateSoftwareToken implements Action {
    private final Clock clock;
    private final AccessTokenVerifier tokens;
    private final ChallengeSessions sessions;

    public AssociateSoftwareToken(Clock clock, AccessTokenVerifier tokens, ChallengeSessions sessions) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        Instant now = clock.instant();
        MfaCaller caller = MfaCaller.of(request, state, tokens, sessions, now);
        String secret = Totp.newSecret();
        caller.user().mfa().associate(secret);
        ObjectNode response = Json.object().put("SecretCode", secret);
        caller.nextSession(sessions, now).ifPresent(session -> response.put("Session", session));
        return response;
    }
}
