package dev.authgate.emulator.internal.group;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Lists the groups a user belongs to, a page at a time. */
public final class AdminListGroupsForUser implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        User user = pool.user(request.required("Username"));
        List<Group> groups = user.groups().stream().flatMap(name -> pool.findGroup(name).stream()).toList();
        return GroupJson.page(request, pool, groups);
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
