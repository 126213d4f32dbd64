package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.CodeSentResponse;
import dev.authgate.contract.UserAttributeRequest;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.IdentityProvider;

/** Sends a new code for the bearer's email or phone number (the new value, if one waits); the previous code stops working. */
public final class ResendUserAttributeCode implements Function<Authenticated<UserAttributeRequest>, CodeSentResponse> {

    private final IdentityProvider identity;

    public ResendUserAttributeCode(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public CodeSentResponse apply(Authenticated<UserAttributeRequest> request) {
        String attribute = request.request().attribute();
        var delivery = identity.resendAttributeCode(request.token().token(), attribute);
        return new CodeSentResponse("A code to verify the " + attribute + " has been sent"
                + delivery.map(details -> " to: " + details.destination()).orElse("") + ".", delivery.orElse(null));
    }
}
