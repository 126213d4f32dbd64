package dev.authgate.emulator.internal.group;

import static dev.authgate.emulator.internal.error.CognitoError.GROUP_EXISTS;
import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Creates a group in a pool. */
public final class CreateGroup implements Action {
    private final Clock clock;

    public CreateGroup(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        String name = request.required("GroupName");
        if (pool.findGroup(name).isPresent()) {
            throw GROUP_EXISTS.exception("A group with the name already exists.");
        }
        Integer precedence = request.integer("Precedence").orElse(null);
        if (precedence != null && precedence < 0) {
            throw INVALID_PARAMETER.exception("Precedence must be zero or more.");
        }
        Group group = new Group(name, request.optional("Description").orElse(null), precedence,
                request.optional("RoleArn").orElse(null), clock.instant());
        pool.addGroup(group);
        ObjectNode response = Json.object();
        response.set("Group", GroupJson.of(pool, group));
        return response;
    }
}
