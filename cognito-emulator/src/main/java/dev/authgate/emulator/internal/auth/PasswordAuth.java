package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_CONFIRMED;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserStatus;
import dev.authgate.emulator.internal.token.IssuedTokens;
import dev.authgate.emulator.internal.token.TokenIssuer;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code USER_PASSWORD_AUTH}: the password is checked before the user's status, so an unconfirmed
 * account is only revealed to someone who knows its password. In a pool with MFA, the right password
 * answers the second factor's challenge instead of tokens.
 */
final class PasswordAuth {
    static final String INCORRECT = "Incorrect username or password.";

    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final NewPasswordChallenge newPasswordChallenge;
    private final MfaChallenge mfaChallenge;

    PasswordAuth(PasswordHasher hasher, TokenIssuer issuer, NewPasswordChallenge newPasswordChallenge, MfaChallenge mfaChallenge) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.newPasswordChallenge = Objects.requireNonNull(newPasswordChallenge, "newPasswordChallenge");
        this.mfaChallenge = Objects.requireNonNull(mfaChallenge, "mfaChallenge");
    }

    ObjectNode authenticate(PoolClient target, Map<String, String> parameters, Instant now) {
        String username = parameter(parameters, "USERNAME");
        String password = parameter(parameters, "PASSWORD");
        User user = target.pool().findUser(username).orElseThrow(() -> target.client().preventsUserExistenceErrors()
                ? NOT_AUTHORIZED.exception(INCORRECT)
                : USER_NOT_FOUND.exception("User does not exist."));
        if (!user.isEnabled()) {
            throw NOT_AUTHORIZED.exception("User is disabled.");
        }
        if (!hasher.matches(password, user.passwordHash())) {
            throw NOT_AUTHORIZED.exception(INCORRECT);
        }
        if (user.status() == UserStatus.UNCONFIRMED) {
            throw USER_NOT_CONFIRMED.exception("User is not confirmed.");
        }
        if (user.status() == UserStatus.FORCE_CHANGE_PASSWORD) {
            if (user.temporaryPasswordExpired(now)) {
                throw NOT_AUTHORIZED.exception("Temporary password has expired and must be reset by an administrator.");
            }
            return newPasswordChallenge.ask(target, user, now);
        }
        Optional<ObjectNode> secondFactor = mfaChallenge.ask(target, user, now);
        if (secondFactor.isPresent()) {
            return secondFactor.get();
        }
        return authenticated(issuer.signIn(target.pool(), target.client(), user, now));
    }

    static String parameter(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw INVALID_PARAMETER.exception("Missing required parameter " + name);
        }
        return value;
    }

    /** The answer that ends a sign-in or a refresh: no further challenge, the tokens. */
    static ObjectNode authenticated(IssuedTokens tokens) {
        ObjectNode response = Json.object();
        response.putObject("ChallengeParameters");
        response.set("AuthenticationResult", tokens.authenticationResult());
        return response;
    }
}
