package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.ConfirmForgotPasswordRequest;
import dev.authgate.contract.MessageResponse;
import dev.authgate.identity.IdentityProvider;

/** Sets a new password with the code forgot-password sent. */
public final class ConfirmForgotPassword implements Function<ConfirmForgotPasswordRequest, MessageResponse> {

    static final MessageResponse PASSWORD_CHANGED = new MessageResponse("Your password has been successfully changed.");

    private final IdentityProvider identity;

    public ConfirmForgotPassword(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public MessageResponse apply(ConfirmForgotPasswordRequest request) {
        identity.confirmForgotPassword(Fields.username(request.username()), request.confirmationCode(), request.password());
        return PASSWORD_CHANGED;
    }
}
