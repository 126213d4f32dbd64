package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.MessageResponse;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.VerifiedAccessToken;

/** Deletes the bearer's account. */
public final class DeleteUser implements Function<VerifiedAccessToken, MessageResponse> {

    private final IdentityProvider identity;

    public DeleteUser(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public MessageResponse apply(VerifiedAccessToken bearer) {
        identity.deleteUser(bearer.token());
        return new MessageResponse("The user has been deleted.");
    }
}
