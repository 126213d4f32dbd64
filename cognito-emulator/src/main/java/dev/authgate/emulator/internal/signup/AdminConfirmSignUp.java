package dev.authgate.emulator.internal.signup;

import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserStatus;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** An administrator confirms a user without a code; no contact becomes verified by it. */
public final class AdminConfirmSignUp implements Action {
    private final Clock clock;

    public AdminConfirmSignUp(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        User user = state.pool(request.required("UserPoolId")).user(request.required("Username"));
        if (user.status() != UserStatus.UNCONFIRMED) {
            throw NOT_AUTHORIZED.exception("User cannot be confirmed. Current status is " + user.status());
        }
        user.confirm(clock.instant());
        return Json.object();
    }
}
