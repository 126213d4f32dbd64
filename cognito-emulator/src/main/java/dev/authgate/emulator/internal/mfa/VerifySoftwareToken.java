package dev.authgate.emulator.internal.mfa;

import static dev.authgate.emulator.internal.error.CognitoError.ENABLE_SOFTWARE_TOKEN_MFA;
import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.SOFTWARE_TOKEN_MFA_NOT_FOUND;

import dev.authgate.emulator.internal.auth.ChallengeSessions;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.UserMfa;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proves the associated secret with a first code from the authenticator, which then becomes the user's. A wrong
 * code leaves everything (the session too) as it was. With a session, the answer carries the session with which
 * RespondToAuthChallenge {@code MFA_SETUP} finishes the sign-in.
 */
public final class VerifySoftwareToken implements Action {
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    private final Clock clock;
    private final AccessTokenVerifier tokens;
    private final ChallengeSessions sessions;

    public VerifySoftwareToken(Clock clock, AccessTokenVerifier tokens, ChallengeSessions sessions) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        Instant now = clock.instant();
        String code = request.required("UserCode");
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw INVALID_PARAMETER.exception("1 validation error detected: Value at 'userCode' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: [0-9]+ and have length 6");
        }
        MfaCaller caller = MfaCaller.of(request, state, tokens, sessions, now);
        UserMfa mfa = caller.user().mfa();
        String secret = mfa.associatedSecret().orElseThrow(() ->
                SOFTWARE_TOKEN_MFA_NOT_FOUND.exception("No software token has been associated with the user: call AssociateSoftwareToken first."));
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw ENABLE_SOFTWARE_TOKEN_MFA.exception("Code mismatch and fail enable Software Token MFA");
        }
        mfa.verifyAssociated(request.optional("FriendlyDeviceName").orElse(null), step.getAsLong());
        ObjectNode response = Json.object().put("Status", "SUCCESS");
        caller.nextSession(sessions, now).ifPresent(session -> response.put("Session", session));
        return response;
    }
}
