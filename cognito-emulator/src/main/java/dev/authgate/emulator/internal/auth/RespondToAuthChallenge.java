package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.password.PasswordRules;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.user.AttributeRules;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers a challenge. Supported: {@code NEW_PASSWORD_REQUIRED}, which sets the user's own password
 * (and any {@code userAttributes.*} given), confirms them and signs them in. The session stays usable
 * until it succeeds or expires, so a rejected password can be retried.
 */
public final class RespondToAuthChallenge implements Action {
    private static final String ATTRIBUTE_PREFIX = "userAttributes.";

    private final Clock clock;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final ChallengeSessions sessions;

    public RespondToAuthChallenge(Clock clock, PasswordHasher hasher, TokenIssuer issuer, ChallengeSessions sessions) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        String challengeName = request.required("ChallengeName");
        if (!challengeName.equals(NewPasswordChallenge.NAME)) {
            throw INVALID_PARAMETER.exception("The emulator answers only the " + NewPasswordChallenge.NAME + " challenge.");
        }
        Instant now = clock.instant();
        Optional<String> session = request.optional("Session");
        ChallengeSessions.Pending pending = sessions.find(session, target.client(), challengeName, now);
        Map<String, String> responses = request.stringMap("ChallengeResponses");
        User user = target.pool().findUser(PasswordAuth.parameter(responses, "USERNAME"))
                .filter(found -> found.sub().equals(pending.sub()))
                .orElseThrow(() -> NOT_AUTHORIZED.exception("Invalid session for the user."));
        String newPassword = PasswordAuth.parameter(responses, "NEW_PASSWORD");

        PoolSettings settings = target.pool().settings();
        PasswordRules.check(settings.passwordPolicy(), newPassword);
        Map<String, String> attributes = attributes(responses);
        AttributeRules.checkWritable(settings, Optional.of(target.client()), attributes);
        Map<String, String> complete = new LinkedHashMap<>(user.attributes());
        complete.putAll(attributes);
        AttributeRules.checkRequired(settings, complete);

        user.putAttributes(attributes, now);
        user.setPassword(hasher.hash(newPassword), now);
        sessions.close(session.orElseThrow());
        ObjectNode response = Json.object();
        response.putObject("ChallengeParameters");
        response.set("AuthenticationResult", issuer.signIn(target.pool(), target.client(), user, now).authenticationResult());
        return response;
    }

    private static Map<String, String> attributes(Map<String, String> responses) {
        Map<String, String> attributes = new LinkedHashMap<>();
        responses.forEach((name, value) -> {
            if (name.startsWith(ATTRIBUTE_PREFIX)) {
                attributes.put(name.substring(ATTRIBUTE_PREFIX.length()), value);
            }
        });
        return attributes;
    }
}
