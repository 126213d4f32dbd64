package dev.authgate.operation;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * The challenge without Cognito's {@code USERNAME}: for a user that is the pool's own username, for a number that
     * matched nobody the number as given, which would tell the two apart. The client answers with its own username.
     */
    private static SignInResult codeSent(SignInResult result) {
        if (result instanceof ChallengeResponse challenge) {
            Map<String, String> parameters = new LinkedHashMap<>(challenge.challengeParameters());
            parameters.remove("USERNAME");
            return new ChallengeResponse(challenge.challengeName(), challenge.session(), CODE_SENT, parameters);
        }
        return result;
    }
}
