package dev.authgate.emulator.internal.client;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates an app client. A requested secret is generated and returned, but the emulator does not
 * check {@code SecretHash} on later calls.
 */
public final class CreateUserPoolClient implements Action {
    private final Clock clock;

    public CreateUserPoolClient(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        AppClient client = ClientSettingsReader.read(request, pool.settings(), clock.instant());
        pool.addClient(client);
        ObjectNode response = Json.object();
        response.set("UserPoolClient", ClientJson.full(pool, client));
        return response;
    }
}
