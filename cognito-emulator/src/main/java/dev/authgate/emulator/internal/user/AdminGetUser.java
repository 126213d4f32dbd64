package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ObjectNode;

/** Shows a user by username or sign-in alias, with every attribute. */
public final class AdminGetUser implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        return UserJson.adminView(pool.user(request.required("Username")));
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
