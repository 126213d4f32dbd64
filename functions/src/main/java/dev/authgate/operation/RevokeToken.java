package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.MessageResponse;
import dev.authgate.contract.RevokeTokenRequest;
import dev.authgate.error.AuthException;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.identity.IdentityProvider;

/**
 * Ends sessions: an access token signs its user out everywhere, as Booster's auth rocket did; a refresh token
 * ends the one session it belongs to.
 */
public final class RevokeToken implements Function<RevokeTokenRequest, MessageResponse> {

    static final MessageResponse SIGNED_OUT = new MessageResponse("Signed out");

    private final IdentityProvider identity;
    private final AccessTokenVerifier verifier;

    public RevokeToken(IdentityProvider identity, AccessTokenVerifier verifier) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public MessageResponse apply(RevokeTokenRequest request) {
        if ((request.accessToken() == null) == (request.refreshToken() == null)) {
            throw AuthException.invalidRequest("Send exactly one of the fields 'accessToken' and 'refreshToken'.");
        }
        if (request.accessToken() != null) {
            identity.signOutEverywhere(verifier.verify(request.accessToken()).token());
        } else {
            identity.revokeRefreshToken(request.refreshToken());
        }
        return SIGNED_OUT;
    }
}
