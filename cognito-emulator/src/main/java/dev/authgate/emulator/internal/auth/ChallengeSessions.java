package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.User;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Open challenge sessions, between a sign-in that asked a question and the answer. They live for
 * minutes, so they are kept in memory only: a restart simply makes the user sign in again. A plain
 * map is enough because only actions use it, and they hold the store's lock whenever they do.
 */
public final class ChallengeSessions {
    static final String INVALID = "Invalid session for the user.";

    private final Map<String, Pending> open = new HashMap<>();

    /**
     * What a session stands for.
     *
     * @param username the user's username, or the name as given when it matched no user
     * @param sub the user's sub; empty for a custom sign-in of a name that matched no user
     * @param round the open round of a custom sign-in; empty for other challenges
     */
    public record Pending(String clientId, String challengeName, Instant expiresAt, String username, Optional<String> sub,
                          Optional<CustomRound> round) {
        public Pending {
            Objects.requireNonNull(sub, "sub");
            Objects.requireNonNull(round, "round");
        }
    }

    /** A new opaque session for this client, valid for the client's {@code AuthSessionValidity}. */
    public String open(AppClient client, String challengeName, String username, Optional<String> sub,
                       Optional<CustomRound> round, Instant now) {
        open.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
        String session = Secrets.randomToken(192);
        Instant expiry = now.plus(Duration.ofMinutes(client.authSessionValidityMinutes()));
        open.put(session, new Pending(client.clientId(), challengeName, expiry, username, sub, round));
        return session;
    }

    /** A new session for a challenge of a known user outside a custom sign-in. */
    public String open(AppClient client, String challengeName, User user, Instant now) {
        return open(client, challengeName, user.username(), Optional.of(user.sub()), Optional.empty(), now);
    }

    /** The pending challenge, if the session is one we issued to this client for this challenge and still valid. */
    public Pending find(Optional<String> session, AppClient client, String challengeName, Instant now) {
        return session.map(id -> find(id, challengeName, now))
                .filter(pending -> pending.clientId().equals(client.clientId()))
                .orElseThrow(ChallengeSessions::invalid);
    }

    /** The pending challenge a session stands for, whichever client it was issued to, if it is still valid. */
    public Pending find(String session, String challengeName, Instant now) {
        return Optional.ofNullable(open.get(session))
                .filter(pending -> pending.challengeName().equals(challengeName))
                .filter(pending -> now.isBefore(pending.expiresAt()))
                .orElseThrow(ChallengeSessions::invalid);
    }

    /** The user who answers a session's challenge: the responses' {@code USERNAME} must name the user the session is for. */
    User answeringUser(Optional<String> session, PoolClient target, String challengeName, Map<String, String> responses, Instant now) {
        Pending pending = find(session, target.client(), challengeName, now);
        return target.pool().findUser(PasswordAuth.parameter(responses, "USERNAME"))
                .filter(found -> pending.sub().filter(found.sub()::equals).isPresent())
                .orElseThrow(ChallengeSessions::invalid);
    }

    public void close(String session) {
        open.remove(session);
    }

    public static CognitoException invalid() {
        return NOT_AUTHORIZED.exception(INVALID);
    }
}
