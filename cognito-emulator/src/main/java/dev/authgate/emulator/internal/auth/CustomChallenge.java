package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_LAMBDA_RESPONSE;
import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_CONFIRMED;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import dev.authgate.emulator.internal.state.UserStatus;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers;
import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers.Challenge;
import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers.Decision;
import dev.authgate.emulator.internal.trigger.ChallengeResult;
import dev.authgate.emulator.internal.trigger.ChallengeSubject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code CUSTOM_AUTH}: the pool's define trigger decides, round after round, whether to ask a
 * {@code CUSTOM_CHALLENGE} (made by the create trigger, checked by the verify trigger), to fail, or to
 * issue tokens. Every round gets a new session; answering uses the old one up, right or wrong.
 *
 * <p>With {@code PreventUserExistenceErrors} enabled, a name that matches no user still goes through the
 * triggers (with {@code userNotFound: true}) and can only end in "Incorrect username or password.".
 */
final class CustomChallenge {
    static final String NAME = "CUSTOM_CHALLENGE";
    /** Answers one sign-in may give before the emulator stops asking: Cognito bounds it, without a documented number. */
    static final int MAX_ANSWERS = 10;

    private final Clock clock;
    private final AuthChallengeTriggers triggers;
    private final ChallengeSessions sessions;
    private final TokenIssuer issuer;

    CustomChallenge(Clock clock, AuthChallengeTriggers triggers, ChallengeSessions sessions, TokenIssuer issuer) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    /** InitiateAuth: asks the define trigger with an empty history. */
    ObjectNode start(PoolClient target, Map<String, String> parameters, Optional<Map<String, String>> clientMetadata) {
        String username = PasswordAuth.parameter(parameters, "USERNAME");
        UserPool pool = target.pool();
        AppClient client = target.client();
        if (!triggers.available(pool)) {
            throw INVALID_PARAMETER.exception(AuthChallengeTriggers.NOT_CONFIGURED);
        }
        Optional<User> user = pool.findUser(username);
        if (user.isEmpty() && !client.preventsUserExistenceErrors()) {
            throw USER_NOT_FOUND.exception("User does not exist.");
        }
        user.ifPresent(CustomChallenge::checkMaySignIn);
        ChallengeSubject subject = new ChallengeSubject(pool, client.clientId(), user.map(User::username).orElse(username), user,
                client.preventsUserExistenceErrors());
        return next(target, subject, List.of(), clientMetadata);
    }

    /** RespondToAuthChallenge: the verify trigger judges the answer, then the define trigger decides again. */
    ObjectNode answer(PoolClient target, Optional<String> session, Map<String, String> responses,
                      Optional<Map<String, String>> clientMetadata) {
        ChallengeSessions.Pending pending = sessions.find(session, target.client(), NAME, clock.instant());
        String username = PasswordAuth.parameter(responses, "USERNAME");
        String answer = PasswordAuth.parameter(responses, "ANSWER");
        UserPool pool = target.pool();
        Optional<User> user = pending.sub().flatMap(pool::findBySub);
        if (!isFor(pending, pool, user, username) || pending.round().isEmpty()) {
            throw ChallengeSessions.invalid();
        }
        sessions.close(session.orElseThrow());
        CustomRound round = pending.round().get();
        ChallengeSubject subject = new ChallengeSubject(pool, target.client().clientId(), pending.username(), user,
                target.client().preventsUserExistenceErrors());
        boolean correct = triggers.verify(subject, round.challenge().privateParameters(), answer, clientMetadata);
        List<ChallengeResult> history = new ArrayList<>(round.history());
        history.add(new ChallengeResult(NAME, correct, round.challenge().metadata()));
        return next(target, subject, history, clientMetadata);
    }

    private ObjectNode next(PoolClient target, ChallengeSubject subject, List<ChallengeResult> history,
                            Optional<Map<String, String>> clientMetadata) {
        Decision decision = triggers.define(subject, history, clientMetadata);
        if (decision.failAuthentication()) {
            throw NOT_AUTHORIZED.exception(PasswordAuth.INCORRECT);
        }
        if (decision.issueTokens()) {
            return tokens(target, subject);
        }
        String challengeName = decision.challengeName().orElseThrow(() -> INVALID_LAMBDA_RESPONSE.exception(
                "Unrecognizable lambda output: DefineAuthChallenge must issue tokens, fail, or name a challenge."));
        if (!challengeName.equals(NAME)) {
            throw INVALID_LAMBDA_RESPONSE.exception("The emulator's custom authentication asks only " + NAME + ", not " + challengeName + ".");
        }
        if (history.size() >= MAX_ANSWERS) {
            throw NOT_AUTHORIZED.exception(PasswordAuth.INCORRECT);
        }
        Challenge challenge = triggers.create(subject, NAME, history, clientMetadata);
        String session = sessions.open(target.client(), NAME, subject.userName(), subject.user().map(User::sub),
                Optional.of(new CustomRound(history, challenge)), clock.instant());
        ObjectNode response = Json.object().put("ChallengeName", NAME).put("Session", session);
        ObjectNode parameters = Json.stringMap(challenge.publicParameters());
        parameters.put("USERNAME", subject.userName());
        response.set("ChallengeParameters", parameters);
        return response;
    }

    // The user may have gone while the triggers ran; a name that matched no user never gets tokens.
    private ObjectNode tokens(PoolClient target, ChallengeSubject subject) {
        User user = subject.user()
                .flatMap(found -> target.pool().findBySub(found.sub()))
                .orElseThrow(() -> NOT_AUTHORIZED.exception(PasswordAuth.INCORRECT));
        Instant now = clock.instant();
        return PasswordAuth.authenticated(issuer.signIn(target.pool(), target.client(), user, now));
    }

    private static void checkMaySignIn(User user) {
        if (!user.isEnabled()) {
            throw NOT_AUTHORIZED.exception("User is disabled.");
        }
        if (user.status() == UserStatus.UNCONFIRMED) {
            throw USER_NOT_CONFIRMED.exception("User is not confirmed.");
        }
    }

    // USERNAME may be the username or a sign-in alias of the session's user; for a name that matched
    // nobody, it must be that name again.
    private static boolean isFor(ChallengeSessions.Pending pending, UserPool pool, Optional<User> user, String username) {
        if (pending.sub().isEmpty()) {
            return username.equals(pending.username());
        }
        return user.isPresent() && pool.findUser(username).filter(named -> named.sub().equals(user.get().sub())).isPresent();
    }
}
