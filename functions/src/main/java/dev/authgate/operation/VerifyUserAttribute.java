package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.MessageResponse;
import dev.authgate.contract.VerifyUserAttributeRequest;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.IdentityProvider;

/** Verifies the bearer's email or phone number with the code sent to it; a new value waiting for it takes effect. */
public final class VerifyUserAttribute implements Function<Authenticated<VerifyUserAttributeRequest>, MessageResponse> {

    private final IdentityProvider identity;

    public VerifyUserAttribute(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public MessageResponse apply(Authenticated<VerifyUserAttributeRequest> request) {
        String attribute = request.request().attribute();
        identity.verifyAttribute(request.token().token(), attribute, request.request().confirmationCode());
        return new MessageResponse("The " + attribute + " has been verified.");
    }
}
