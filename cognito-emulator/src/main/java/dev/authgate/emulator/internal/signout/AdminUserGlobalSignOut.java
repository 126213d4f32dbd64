package dev.authgate.emulator.internal.signout;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.RefreshSession;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ObjectNode;

/** An administrator ends every session of a user. */
public final class AdminUserGlobalSignOut implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        pool.sessionsOf(pool.user(request.required("Username"))).forEach(RefreshSession::revoke);
        return Json.object();
    }
}
