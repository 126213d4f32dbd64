package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.CodeSentResponse;
import dev.authgate.contract.UsernameRequest;
import dev.authgate.identity.IdentityProvider;

/** Sends a code with which the password can be changed. */
public final class ForgotPassword implements Function<UsernameRequest, CodeSentResponse> {

    private final IdentityProvider identity;

    public ForgotPassword(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public CodeSentResponse apply(UsernameRequest request) {
        String username = Fields.username(request.username());
        var delivery = identity.forgotPassword(username);
        return new CodeSentResponse("The confirmation code to change your password has been sent to: " + username + ".",
                delivery.orElse(null));
    }
}
