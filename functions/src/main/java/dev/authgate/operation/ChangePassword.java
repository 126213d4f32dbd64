package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.ChangePasswordRequest;
import dev.authgate.contract.MessageResponse;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.IdentityProvider;

/** Changes the bearer's password, given the current one. */
public final class ChangePassword implements Function<Authenticated<ChangePasswordRequest>, MessageResponse> {

    private final IdentityProvider identity;

    public ChangePassword(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public MessageResponse apply(Authenticated<ChangePasswordRequest> request) {
        identity.changePassword(request.token().token(), request.request().oldPassword(), request.request().newPassword());
        return ConfirmForgotPassword.PASSWORD_CHANGED;
    }
}
