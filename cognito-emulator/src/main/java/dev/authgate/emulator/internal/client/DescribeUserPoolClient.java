package dev.authgate.emulator.internal.client;

import static dev.authgate.emulator.internal.error.CognitoError.RESOURCE_NOT_FOUND;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ObjectNode;

/** Describes one app client of a pool. */
public final class DescribeUserPoolClient implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        String clientId = request.required("ClientId");
        AppClient client = pool.findClient(clientId)
                .orElseThrow(() -> RESOURCE_NOT_FOUND.exception("User pool client " + clientId + " does not exist."));
        ObjectNode response = Json.object();
        response.set("UserPoolClient", ClientJson.full(pool, client));
        return response;
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
