package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.UserMfa;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers a challenge. Supported: {@code NEW_PASSWORD_REQUIRED} (a temporary password replaced),
 * {@code CUSTOM_CHALLENGE} (a round of the custom authentication triggers) and the MFA challenges
 * {@code SMS_MFA}, {@code SOFTWARE_TOKEN_MFA} and {@code MFA_SETUP}.
 */
public final class RespondToAuthChallenge implements Action {
    private final Clock clock;
    private final NewPasswordChallenge newPassword;
    private final CustomChallenge custom;
    private final MfaChallenge mfa;

    public RespondToAuthChallenge(Clock clock, PasswordHasher hasher, TokenIssuer issuer, ChallengeSessions sessions,
                                  AuthChallengeTriggers triggers, CodeSender codes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newPassword = new NewPasswordChallenge(sessions, hasher, issuer);
        this.mfa = new MfaChallenge(sessions, issuer, codes);
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
            case UserMfa.SMS, UserMfa.SOFTWARE_TOKEN, UserMfa.SETUP ->
                    mfa.answer(target, challengeName, session, responses, clock.instant());
            default -> throw INVALID_PARAMETER.exception("The emulator answers only the " + NewPasswordChallenge.NAME + ", "
                    + CustomChallenge.NAME + ", " + UserMfa.SMS + ", " + UserMfa.SOFTWARE_TOKEN + " and " + UserMfa.SETUP + " challenges.");
        };
    }
}
