package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ObjectNode;

/** Deletes a user; their sessions go with them, so their tokens stop working. */
public final class AdminDeleteUser implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        pool.removeUser(pool.user(request.required("Username")));
        return Json.object();
    }
}
