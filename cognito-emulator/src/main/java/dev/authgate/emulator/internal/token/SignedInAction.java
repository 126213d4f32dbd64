package dev.authgate.emulator.internal.token;

import dev.authgate.emulator.internal.protocol.Request;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * An action a user takes on their own account with an access token (GetUser, ChangePassword, ...): it runs once
 * {@link ByAccessToken} has found the token's user, as Cognito checks the token before anything else.
 */
public interface SignedInAction {

    /** Answers the request of the token's user, at {@code now}. */
    ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now);

    /** Read-only actions skip the save that follows every other action. */
    default boolean readOnly() {
        return false;
    }
}
