package dev.authgate.emulator.internal.auth;

import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.password.PasswordRules;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.SchemaAttribute;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.user.AttributeRules;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code NEW_PASSWORD_REQUIRED} question a user with a temporary password is asked at sign-in, and
 * its answer: the user's own password (and any {@code userAttributes.*} given), which confirms them and
 * signs them in. The session stays usable until it succeeds or expires, so a rejected password can be
 * retried.
 */
final class NewPasswordChallenge {
    static final String NAME = "NEW_PASSWORD_REQUIRED";
    private static final String ATTRIBUTE_PREFIX = "userAttributes.";

    private final ChallengeSessions sessions;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;

    NewPasswordChallenge(ChallengeSessions sessions, PasswordHasher hasher, TokenIssuer issuer) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    ObjectNode ask(PoolClient target, User user, Instant now) {
        ObjectNode response = Json.object().put("ChallengeName", NAME);
        response.put("Session", sessions.open(target.client(), NAME, user, now));
        response.putObject("ChallengeParameters")
                .put("USER_ID_FOR_SRP", user.username())
                .put("requiredAttributes", requiredAttributes(target, user).toString())
                .put("userAttributes", userAttributes(user).toString());
        return response;
    }

    ObjectNode answer(PoolClient target, Optional<String> session, Map<String, String> responses, Instant now) {
        User user = sessions.answeringUser(session, target, NAME, responses, now);
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
        return PasswordAuth.authenticated(issuer.signIn(target.pool(), target.client(), user, now));
    }

    /** Required schema attributes the user still lacks, named as the answer must name them. */
    private static ArrayNode requiredAttributes(PoolClient target, User user) {
        ArrayNode missing = Json.array();
        for (SchemaAttribute attribute : target.pool().settings().schema()) {
            if (attribute.required() && user.attribute(attribute.name()).isEmpty()) {
                missing.add("userAttributes." + attribute.name());
            }
        }
        return missing;
    }

    // Cognito leaves out the sub: it cannot be changed in the answer anyway.
    private static ObjectNode userAttributes(User user) {
        ObjectNode json = Json.stringMap(user.attributes());
        json.remove("sub");
        return json;
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
