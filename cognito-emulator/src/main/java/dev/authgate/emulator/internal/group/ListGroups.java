package dev.authgate.emulator.internal.group;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Pagination;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lists a pool's groups in the order they were created, a page at a time. */
public final class ListGroups implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        List<Group> groups = List.copyOf(pool.groups());
        Pagination<Group> page = Pagination.page(groups, Group::name, request.integer("Limit").orElse(60), request.optional("NextToken"));
        ObjectNode response = Json.object();
        ArrayNode list = response.putArray("Groups");
        page.items().forEach(group -> list.add(GroupJson.of(pool, group)));
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
