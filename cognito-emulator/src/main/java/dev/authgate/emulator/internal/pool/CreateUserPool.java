package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Ids;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Creates a pool with its password policy, sign-in attributes, schema, verification and triggers. */
public final class CreateUserPool implements Action {
    private final Clock clock;

    public CreateUserPool(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        String name = request.required("PoolName");
        UserPool pool = new UserPool(Ids.poolId(), name, PoolSettingsReader.read(request), clock.instant());
        pool.setMfa(PoolMfaReader.atCreation(request));
        state.addPool(pool);
        ObjectNode response = Json.object();
        response.set("UserPool", PoolJson.full(pool));
        return response;
    }
}
