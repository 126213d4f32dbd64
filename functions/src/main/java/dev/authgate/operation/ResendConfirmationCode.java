package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.CodeSentResponse;
import dev.authgate.contract.UsernameRequest;
import dev.authgate.identity.IdentityProvider;

/** Sends a new confirmation code; the previous one stops working. */
public final class ResendConfirmationCode implements Function<UsernameRequest, CodeSentResponse> {

    private final IdentityProvider identity;

    public ResendConfirmationCode(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public CodeSentResponse apply(UsernameRequest request) {
        String username = Fields.username(request.username());
        var delivery = identity.resendConfirmationCode(username);
        return new CodeSentResponse("The confirmation code to activate your account has been sent to: " + username + ".",
                delivery.orElse(null));
    }
}
