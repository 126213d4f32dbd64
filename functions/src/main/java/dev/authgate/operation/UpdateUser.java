package dev.authgate.operation;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import dev.authgate.contract.ClientAttributes;
import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.UpdateUserRequest;
import dev.authgate.contract.UserUpdatedResponse;
import dev.authgate.error.AuthException;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.IdentityProvider;

/**
 * Sets the bearer's own attributes, those the app client may write. Any other (such as {@code custom:role}) is
 * refused by name before Cognito is asked, so nothing of the request is applied. A new email or phone number gets
 * a code and waits for it, the old value staying in force.
 */
public final class UpdateUser implements Function<Authenticated<UpdateUserRequest>, UserUpdatedResponse> {

    private final IdentityProvider identity;

    public UpdateUser(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public UserUpdatedResponse apply(Authenticated<UpdateUserRequest> request) {
        new TreeSet<>(request.request().attributes().keySet()).stream()
                .filter(name -> !ClientAttributes.writable(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new AuthException("InvalidParameterException", 400, "The attribute '" + name + "' cannot be changed by the user.");
                });
        List<String> toVerify = identity.updateAttributes(request.token().token(), request.request().attributes()).stream()
                .map(CodeDeliveryDetails::attribute)
                .toList();
        return new UserUpdatedResponse(toVerify.isEmpty()
                ? "The attributes have been updated."
                : "The attributes have been updated. A code has been sent to verify the new " + String.join(" and ", toVerify)
                        + ", which takes effect once verified.", toVerify);
    }
}
