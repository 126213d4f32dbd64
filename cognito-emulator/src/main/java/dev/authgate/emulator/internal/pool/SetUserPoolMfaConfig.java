package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ObjectNode;

/** Sets whether the pool's users sign in with a second factor, and which factors it offers. */
public final class SetUserPoolMfaConfig implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        pool.setMfa(PoolMfaReader.update(pool.mfa(), request));
        return PoolMfaReader.json(pool.mfa());
    }
}
