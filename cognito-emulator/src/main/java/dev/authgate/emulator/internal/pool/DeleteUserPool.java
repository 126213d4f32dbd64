package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import tools.jackson.databind.node.ObjectNode;

/** Deletes a pool and everything in it. */
public final class DeleteUserPool implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        String poolId = state.pool(request.required("UserPoolId")).id();
        state.removePool(poolId);
        return Json.object();
    }
}
