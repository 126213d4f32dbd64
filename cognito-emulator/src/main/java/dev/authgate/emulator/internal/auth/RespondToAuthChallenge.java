package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers a challenge. Supported: {@code NEW_PASSWORD_REQUIRED} (a temporary password replaced) and
 * {@code CUSTOM_CHALLENGE} (a round of the custom authentication triggers).
 */
public final class RespondToAuthChallenge implements Action {
    private final Clock clock;
    private final NewPasswordChallenge newPassword;
    private final CustomChallenge custom;

    public RespondToAuthChallenge(Clock clock, PasswordHasher hasher, TokenIssuer issuer, ChallengeSessions sessions,
                                  AuthChallengeTriggers triggers) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newPassword = new NewPasswordChallenge(sessions, hasher, issuer);
        this.custom = new CustomChallenge(clock, triggers, sessions, issuer);
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        String challengeName = request.required("ChallengeName");
        Optional<String> session = request.optional("Session");
        Map<String, String> responses = request.stringMap("ChallengeResponses");
        return switch (challengeName) {
            case NewPasswordChallenge.NAME -> newPassword.answer(target, session, responses, clock.instant());
            case CustomChallenge.NAME -> custom.answer(target, session, responses, request.optionalStringMap("ClientMetadata"));
            default -> throw INVALID_PARAMETER.exception("The emulator answers only the " + NewPasswordChallenge.NAME
                    + " and " + CustomChallenge.NAME + " challenges.");
        };
    }
}
