package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Pagination;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lists pools a page at a time; {@code MaxResults} is required, as in Cognito. */
public final class ListUserPools implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        int maxResults = request.requiredInteger("MaxResults");
        Pagination<UserPool> page = Pagination.page(List.copyOf(state.pools()), UserPool::id, maxResults, request.optional("NextToken"));
        ObjectNode response = Json.object();
        ArrayNode pools = response.putArray("UserPools");
        page.items().forEach(pool -> pools.add(PoolJson.summary(pool)));
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
