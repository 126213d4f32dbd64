package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import tools.jackson.databind.node.ObjectNode;

/** Describes one pool's configuration. */
public final class DescribeUserPool implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        ObjectNode response = Json.object();
        response.set("UserPool", PoolJson.full(state.pool(request.required("UserPoolId"))));
        return response;
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
