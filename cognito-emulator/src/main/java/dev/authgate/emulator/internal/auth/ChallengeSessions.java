package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Open challenge sessions, between a sign-in that asked a question and the answer. They live for
 * minutes, so they are kept in memory only: a restart simply makes the user sign in again. A plain
 * map is enough because only actions use it, and they run under the store's lock.
 */
public final class ChallengeSessions {
    private final Map<String, Pending> open = new HashMap<>();

    /** What a session stands for. */
    public record Pending(String poolId, String clientId, String sub, String challengeName, Instant expiresAt) {
    }

    public String open(UserPool pool, AppClient client, User user, String challengeName, Instant now) {
        open.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
        String session = Secrets.randomToken(192);
        Instant expiry = now.plus(Duration.ofMinutes(client.authSessionValidityMinutes()));
        open.put(session, new Pending(pool.id(), client.clientId(), user.sub(), challengeName, expiry));
        return session;
    }

    /** The pending challenge, if the session is one we issued to this client for this challenge and still valid. */
    public Pending find(Optional<String> session, AppClient client, String challengeName, Instant now) {
        return session.map(open::get)
                .filter(pending -> pending.clientId().equals(client.clientId()))
                .filter(pending -> pending.challengeName().equals(challengeName))
                .filter(pending -> now.isBefore(pending.expiresAt()))
                .orElseThrow(() -> NOT_AUTHORIZED.exception("Invalid session for the user."));
    }

    public void close(String session) {
        open.remove(session);
    }
}
