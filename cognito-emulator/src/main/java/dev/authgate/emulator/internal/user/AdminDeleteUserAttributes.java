package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.SchemaAttribute;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * An administrator removes attributes from a user. Not removable: {@code sub}, required or immutable
 * attributes, and the email or phone number the user signs in with.
 */
public final class AdminDeleteUserAttributes implements Action {
    private final Clock clock;

    public AdminDeleteUserAttributes(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        User user = pool.user(request.required("Username"));
        List<String> names = request.requiredStrings("UserAttributeNames");
        names.forEach(name -> checkRemovable(pool.settings(), name));
        user.removeAttributes(names, clock.instant());
        return Json.object();
    }

    private static void checkRemovable(PoolSettings settings, String name) {
        SchemaAttribute attribute = settings.attribute(name).orElseThrow(() -> nonConforming(name, "Attribute does not exist in the schema."));
        if (attribute.required()) {
            throw nonConforming(name, "The attribute is required");
        }
        if (!attribute.mutable()) {
            throw nonConforming(name, "Attribute cannot be updated. (changing an immutable attribute)");
        }
        if (settings.usernameAttributes().contains(name)) {
            throw nonConforming(name, "The user signs in with this attribute.");
        }
    }

    private static CognitoException nonConforming(String name, String reason) {
        return INVALID_PARAMETER.exception("Attributes did not conform to the schema: " + name + ": " + reason);
    }
}
