package dev.authgate.emulator.internal.client;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Pagination;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lists a pool's app clients a page at a time. */
public final class ListUserPoolClients implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        Pagination<AppClient> page = Pagination.page(
                List.copyOf(pool.clients()), AppClient::clientId, request.integer("MaxResults").orElse(60), request.optional("NextToken"));
        ObjectNode response = Json.object();
        ArrayNode clients = response.putArray("UserPoolClients");
        page.items().forEach(client -> clients.add(ClientJson.summary(pool, client)));
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
