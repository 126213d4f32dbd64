package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Starts a sign-in with the client's permitted flow. Supported: {@code USER_PASSWORD_AUTH} (with the pool's
 * MFA challenges), {@code REFRESH_TOKEN_AUTH} and {@code CUSTOM_AUTH} (the pool's auth-challenge triggers).
 */
public final class InitiateAuth implements Action {
    private static final Set<String> KNOWN_FLOWS = Set.of(
            "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "CUSTOM_AUTH", "ADMIN_NO_SRP_AUTH",
            "USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH", "USER_AUTH");

    private final Clock clock;
    private final PasswordAuth passwordAuth;
    private final RefreshTokenAuth refreshTokenAuth;
    private final CustomChallenge customAuth;

    public InitiateAuth(Clock clock, PasswordHasher hasher, TokenIssuer issuer, ChallengeSessions sessions,
                        AuthChallengeTriggers triggers, CodeSender codes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.passwordAuth = new PasswordAuth(hasher, issuer, new NewPasswordChallenge(sessions, hasher, issuer),
                new MfaChallenge(sessions, issuer, codes));
        this.refreshTokenAuth = new RefreshTokenAuth(issuer);
        this.customAuth = new CustomChallenge(clock, triggers, sessions, issuer);
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        String flow = request.required("AuthFlow");
        if (!KNOWN_FLOWS.contains(flow)) {
            throw INVALID_PARAMETER.exception("1 validation error detected: Value '" + flow
                    + "' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: " + KNOWN_FLOWS);
        }
        Map<String, String> parameters = request.stringMap("AuthParameters");
        Instant now = clock.instant();
        AppClient client = target.client();
        return switch (flow) {
            case "USER_PASSWORD_AUTH" -> {
                requireEnabled(client.allowsFlow(flow), flow);
                yield passwordAuth.authenticate(target, parameters, now);
            }
            case "CUSTOM_AUTH" -> {
                requireEnabled(client.allowsFlow(flow), flow);
                yield customAuth.start(target, parameters, request.optionalStringMap("ClientMetadata"));
            }
            case "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN" -> {
                requireEnabled(client.allowsRefresh(), "REFRESH_TOKEN_AUTH");
                yield refreshTokenAuth.refresh(target, parameters, now);
            }
            default -> {
                requireEnabled(client.allowsFlow(flow), flow);
                throw INVALID_PARAMETER.exception(flow + " is not supported by the emulator.");
            }
        };
    }

    private static void requireEnabled(boolean enabled, String flow) {
        if (!enabled) {
            throw INVALID_PARAMETER.exception(flow + " flow not enabled for this client");
        }
    }
}
