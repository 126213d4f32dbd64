package dev.authgate.emulator.internal.trigger;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who a custom sign-in is for, as the challenge triggers are told: the user, or (when the client hides
 * whether users exist) the name that matched nobody, with {@code userNotFound: true}.
 *
 * @param pool the user pool
 * @param clientId the app client signing the user in
 * @param userName the user's username, or the name as given when no user matched it
 * @param user the user, empty when none matched
 * @param hidesUserExistence whether the client has {@code PreventUserExistenceErrors} enabled; only then
 *     do the events carry {@code userNotFound}
 */
public record ChallengeSubject(UserPool pool, String clientId, String userName, Optional<User> user, boolean hidesUserExistence) {

    public ChallengeSubject {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(user, "user");
    }

    /** The request members every challenge trigger gets: {@code userAttributes} and, maybe, {@code userNotFound}. */
    ObjectNode request() {
        ObjectNode request = Json.object();
        request.set("userAttributes", userAttributes());
        if (hidesUserExistence) {
            request.put("userNotFound", user.isEmpty());
        }
        return request;
    }

    // The user's attributes with their status and, for each attribute they sign in with, the alias entry
    // Cognito adds (cognito:email_alias, cognito:phone_number_alias).
    private ObjectNode userAttributes() {
        if (user.isEmpty()) {
            return Json.object();
        }
        User found = user.get();
        ObjectNode attributes = Json.stringMap(found.attributes());
        attributes.put("cognito:user_status", found.status().name());
        for (String alias : pool.settings().usernameAttributes()) {
            found.attribute(alias).ifPresent(value -> attributes.put("cognito:" + alias + "_alias", value));
        }
        return attributes;
    }
}
