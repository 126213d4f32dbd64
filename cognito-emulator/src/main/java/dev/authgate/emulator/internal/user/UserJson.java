package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** A user as the administrator actions show one. */
final class UserJson {
    private UserJson() {
    }

    /** Cognito's {@code UserType}, as AdminCreateUser returns it. */
    static ObjectNode userType(User user) {
        ObjectNode json = Json.object().put("Username", user.username());
        json.set("Attributes", Json.attributeList(user.attributes()));
        return withDates(json, user);
    }

    /** AdminGetUser's response. */
    static ObjectNode adminView(User user) {
        ObjectNode json = Json.object().put("Username", user.username());
        json.set("UserAttributes", Json.attributeList(user.attributes()));
        return withDates(json, user);
    }

    static Map<String, String> readable(User user, Predicate<String> canRead) {
        Map<String, String> visible = new LinkedHashMap<>();
        user.attributes().forEach((name, value) -> {
            if (name.equals("sub") || canRead.test(name)) {
                visible.put(name, value);
            }
        });
        return visible;
    }

    private static ObjectNode withDates(ObjectNode json, User user) {
        return json.put("UserCreateDate", Json.epochSeconds(user.created()))
                .put("UserLastModifiedDate", Json.epochSeconds(user.lastModified()))
                .put("Enabled", user.isEnabled())
                .put("UserStatus", user.status().name());
    }
}
