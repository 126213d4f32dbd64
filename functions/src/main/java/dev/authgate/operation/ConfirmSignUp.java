package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.ConfirmSignUpRequest;
import dev.authgate.contract.MessageResponse;
import dev.authgate.identity.IdentityProvider;

/** Confirms a registration with the code that was sent. */
public final class ConfirmSignUp implements Function<ConfirmSignUpRequest, MessageResponse> {

    private final IdentityProvider identity;

    public ConfirmSignUp(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public MessageResponse apply(ConfirmSignUpRequest request) {
        String username = Fields.username(request.username());
        identity.confirmSignUp(username, request.confirmationCode());
        return new MessageResponse("The username: " + username + " has been confirmed.");
    }
}
