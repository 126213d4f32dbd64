package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import tools.jackson.databind.node.ObjectNode;

/** The pool's multi-factor settings. */
public final class GetUserPoolMfaConfig implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        return PoolMfaReader.json(state.pool(request.required("UserPoolId")).mfa());
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}
