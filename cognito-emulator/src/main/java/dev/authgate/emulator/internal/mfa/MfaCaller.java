package dev.authgate.emulator.internal.mfa;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.SOFTWARE_TOKEN_MFA_NOT_FOUND;

import dev.authgate.emulator.internal.auth.ChallengeSessions;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserMfa;
import dev.authgate.emulator.internal.state.UserPool;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import java.time.Instant;
import java.util.Optional;

/**
 * Who sets up an authenticator: a signed-in user (an access token), or a user in the middle of a sign-in that
 * asked for {@code MFA_SETUP} (that sign-in's session, which each step exchanges for a new one). One of the two,
 * never both, in a pool that offers software-token MFA ({@code SoftwareTokenMFANotFoundException} otherwise).
 *
 * @param session the session the request came with, when it came with one; it is used up by a successful step
 */
record MfaCaller(UserPool pool, User user, Optional<AppClient> client, Optional<String> session) {
    static MfaCaller of(Request request, EmulatorState state, AccessTokenVerifier tokens, ChallengeSessions sessions, Instant now) {
        Optional<String> accessToken = request.optional("AccessToken");
        Optional<String> session = request.optional("Session");
        if (accessToken.isPresent() == session.isPresent()) {
            throw INVALID_PARAMETER.exception("Exactly one of AccessToken and Session is required.");
        }
        MfaCaller caller;
        if (accessToken.isPresent()) {
            AccessTokenVerifier.Verified verified = tokens.verify(accessToken.get(), state, now);
            caller = new MfaCaller(verified.pool(), verified.user(), Optional.empty(), Optional.empty());
        } else {
            ChallengeSessions.Pending pending = sessions.find(session.get(), UserMfa.SETUP, now);
            EmulatorState.PoolClient target = state.client(pending.clientId());
            User user = pending.sub().flatMap(target.pool()::findBySub).orElseThrow(ChallengeSessions::invalid);
            caller = new MfaCaller(target.pool(), user, Optional.of(target.client()), session);
        }
        if (!caller.pool().mfa().softwareToken()) {
            throw SOFTWARE_TOKEN_MFA_NOT_FOUND.exception("Software Token MFA is not enabled for the user pool.");
        }
        return caller;
    }

    /** Uses up the session the request came with and answers the next one of the sign-in, if it came with one. */
    Optional<String> nextSession(ChallengeSessions sessions, Instant now) {
        return session.map(used -> {
            sessions.close(used);
            return sessions.open(client.orElseThrow(), UserMfa.SETUP, user, now);
        });
    }
}
