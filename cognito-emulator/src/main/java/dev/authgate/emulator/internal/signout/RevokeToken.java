package dev.authgate.emulator.internal.signout;

import static dev.authgate.emulator.internal.error.CognitoError.UNAUTHORIZED;
import static dev.authgate.emulator.internal.error.CognitoError.UNSUPPORTED_OPERATION;
import static dev.authgate.emulator.internal.error.CognitoError.UNSUPPORTED_TOKEN_TYPE;

import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.RefreshSession;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Revokes one refresh token and every access and ID token issued from it; the user's other
 * sessions are untouched. A token we do not know is answered with success, as the reference
 * specifies, so the call cannot be used to probe for valid tokens.
 */
public final class RevokeToken implements Action {

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        String token = request.required("Token");
        String clientId = request.required("ClientId");
        PoolClient target = client(state, clientId);
        if (!target.client().enableTokenRevocation()) {
            throw UNSUPPORTED_OPERATION.exception("Token revocation is not enabled for this app client.");
        }
        if (token.chars().filter(c -> c == '.').count() == 2) {
            // Three dot-separated parts: an access or ID token, which this call does not take.
            throw UNSUPPORTED_TOKEN_TYPE.exception("Only refresh tokens can be revoked.");
        }
        String hash = Secrets.sha256(token);
        Optional<RefreshSession> session = state.pools().stream()
                .flatMap(pool -> pool.findSessionByRefreshHash(hash).stream())
                .findFirst();
        if (session.isPresent() && !session.get().clientId().equals(clientId)) {
            throw UNAUTHORIZED.exception("The refresh token was not issued to this app client.");
        }
        session.ifPresent(RefreshSession::revoke);
        return Json.object();
    }

    private static PoolClient client(EmulatorState state, String clientId) {
        try {
            return state.client(clientId);
        } catch (CognitoException e) {
            // RevokeToken has no "not found" error: an unknown client is an unauthorized caller.
            throw UNAUTHORIZED.exception("Client " + clientId + " is not authorized.");
        }
    }
}
