package dev.authgate.identity;

import java.util.Map;

import dev.authgate.contract.SignInResult;

/**
 * The user pool, as the operations see it. Implementations translate every failure into
 * {@link dev.authgate.error.AuthException}; nothing of the underlying SDK leaks out.
 */
public interface IdentityProvider {

    /** Registers a user; Cognito sends the confirmation code. */
    SignedUp signUp(String username, String password, Map<String, String> attributes);

    /** Confirms a registration with the code that was sent. */
    void confirmSignUp(String username, String confirmationCode);

    /** Signs in with a password: tokens, or the challenge Cognito asks next. */
    SignInResult signInWithPassword(String username, String password);
}
