package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.MessageResponse;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.VerifiedAccessToken;

/** Signs the bearer out of every device: all of the user's tokens stop working. */
public final class SignOut implements Function<VerifiedAccessToken, MessageResponse> {

    private final IdentityProvider identity;

    public SignOut(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public MessageResponse apply(VerifiedAccessToken bearer) {
        identity.signOutEverywhere(bearer.token());
        return RevokeToken.SIGNED_OUT;
    }
}
