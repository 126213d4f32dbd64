package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.SignInRequest;
import dev.authgate.contract.SignInResult;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.settings.AuthMode;

/** Exchanges a username and password for tokens, or for the challenge Cognito asks next. */
public final class SignIn implements Function<SignInRequest, SignInResult> {

    private final IdentityProvider identity;
    private final AuthMode mode;

    public SignIn(IdentityProvider identity, AuthMode mode) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public SignInResult apply(SignInRequest request) {
        String username = Fields.username(request.username());
        return switch (mode) {
            case USER_PASSWORD -> identity.signInWithPassword(username, Fields.required(request.password(), "password"));
            case PASSWORDLESS -> throw Fields.notYetIn(mode, "sign-in");
        };
    }
}
