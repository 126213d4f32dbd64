package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.SignUpRequest;
import dev.authgate.contract.SignUpResponse;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.SignedUp;
import dev.authgate.settings.AuthMode;

/** Registers a user in the pool; the confirmation code goes to the user's email or phone. */
public final class SignUp implements Function<SignUpRequest, SignUpResponse> {

    private final IdentityProvider identity;
    private final AuthMode mode;

    public SignUp(IdentityProvider identity, AuthMode mode) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public SignUpResponse apply(SignUpRequest request) {
        String username = Fields.username(request.username());
        String password = switch (mode) {
            case USER_PASSWORD -> Fields.required(request.password(), "password");
            case PASSWORDLESS -> throw Fields.notYetIn(mode, "sign-up");
        };
        SignedUp user = identity.signUp(username, password, request.userAttributes());
        return new SignUpResponse(user.userSub(), username, request.userAttributes(), user.delivery().orElse(null));
    }
}
