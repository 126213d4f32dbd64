package dev.authgate.emulator.internal.group;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Removes a user from a group. */
public final class AdminRemoveUserFromGroup implements Action {
    private final Clock clock;

    public AdminRemoveUserFromGroup(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        User user = pool.user(request.required("Username"));
        Group group = pool.group(request.required("GroupName"));
        user.leaveGroup(group.name(), clock.instant());
        return Json.object();
    }
}
