package dev.authgate.emulator.internal.auth;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.SchemaAttribute;
import dev.authgate.emulator.internal.state.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code NEW_PASSWORD_REQUIRED} question a user with a temporary password is asked at sign-in. */
final class NewPasswordChallenge {
    static final String NAME = "NEW_PASSWORD_REQUIRED";

    private final ChallengeSessions sessions;

    NewPasswordChallenge(ChallengeSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    ObjectNode ask(PoolClient target, User user, Instant now) {
        ObjectNode response = Json.object().put("ChallengeName", NAME);
        response.put("Session", sessions.open(target.pool(), target.client(), user, NAME, now));
        response.putObject("ChallengeParameters")
                .put("USER_ID_FOR_SRP", user.username())
                .put("requiredAttributes", requiredAttributes(target, user).toString())
                .put("userAttributes", userAttributes(user).toString());
        return response;
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
        Map<String, String> shown = new LinkedHashMap<>(user.attributes());
        shown.remove("sub");
        ObjectNode json = Json.object();
        shown.forEach(json::put);
        return json;
    }
}
