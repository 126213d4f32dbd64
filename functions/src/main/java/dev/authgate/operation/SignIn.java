package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.ChallengeResponse;
import dev.authgate.contract.SignInRequest;
import dev.authgate.contract.SignInResult;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.settings.AuthMode;

/**
 * Exchanges a username and password for tokens, or for the challenge Cognito asks next. In Passwordless mode
 * it starts the SMS code sign-in and answers the session to send the code with.
 */
public final class SignIn implements Function<SignInRequest, SignInResult> {

    static final String CODE_SENT = "Use the session and the code we have sent you via SMS to get your access tokens via POST /token.";

    private final IdentityProvider identity;
    private final AuthMode mode;

    public SignIn(IdentityProvider identity, AuthMode mode) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public SignInResult apply(SignInRequest request) {
        String username = Fields.username(request.username(), mode);
        return switch (mode) {
            case USER_PASSWORD -> identity.signInWithPassword(username, Fields.required(request.password(), "password"));
            case PASSWORDLESS -> codeSent(identity.startCodeSignIn(username));
        };
    }

    private static SignInResult codeSent(SignInResult result) {
        return result instanceof ChallengeResponse challenge
                ? new ChallengeResponse(challenge.challengeName(), challenge.session(), CODE_SENT, challenge.challengeParameters())
                : result;
    }
}
