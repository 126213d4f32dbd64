package dev.authgate.emulator.internal.group;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Lists a pool's groups in the order they were created, a page at a time. */
public final class ListGroups implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        List<Group> groups = List.copyOf(pool.groups());
        return GroupJson.page(request, pool, groups);
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
