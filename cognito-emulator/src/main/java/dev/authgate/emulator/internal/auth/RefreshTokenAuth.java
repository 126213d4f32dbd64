package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.RefreshSession;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.token.TokenIssuer;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** {@code REFRESH_TOKEN_AUTH}: new access and ID tokens for a live refresh token of this client. */
final class RefreshTokenAuth {
    private final TokenIssuer issuer;

    RefreshTokenAuth(TokenIssuer issuer) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    ObjectNode refresh(PoolClient target, Map<String, String> parameters, Instant now) {
        String refreshToken = PasswordAuth.parameter(parameters, "REFRESH_TOKEN");
        RefreshSession session = target.pool().findSessionByRefreshHash(Secrets.sha256(refreshToken))
                .filter(found -> found.clientId().equals(target.client().clientId()))
                .orElseThrow(() -> NOT_AUTHORIZED.exception("Invalid Refresh Token"));
        if (session.isRevoked()) {
            throw NOT_AUTHORIZED.exception("Refresh Token has been revoked");
        }
        if (session.isExpired(now)) {
            throw NOT_AUTHORIZED.exception("Refresh Token has expired");
        }
        User user = target.pool().findBySub(session.sub()).orElseThrow(() -> NOT_AUTHORIZED.exception("Invalid Refresh Token"));
        return PasswordAuth.authenticated(issuer.refresh(target.pool(), target.client(), user, session, now));
    }
}
