package dev.authgate.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.MfaFactor;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.TokenResponse;

/**
 * The user pool, as the operations see it. Implementations translate every failure into
 * {@link dev.authgate.error.AuthException}; nothing of the underlying SDK leaks out.
 */
public interface IdentityProvider {

    /**
     * Registers a user; Cognito sends the confirmation code. The client metadata reaches the pool's triggers
     * (the role, for the PreSignUp trigger's rules).
     */
    SignedUp signUp(String username, String password, Map<String, String> attributes, Map<String, String> clientMetadata);

    /** Gives a new user their role: the {@code custom:role} attribute and the group of the same name. */
    void assignRole(String userSub, String role);

    /** Removes a user an operation could not finish creating, so nothing is left half-made. */
    void deleteUnfinishedUser(String userSub);

    /** Confirms a registration with the code that was sent. */
    void confirmSignUp(String username, String confirmationCode);

    /** Sends a new confirmation code; the previous one stops working. */
    Optional<CodeDeliveryDetails> resendConfirmationCode(String username);

    /** Signs in with a password: tokens, or the challenge Cognito asks next. */
    SignInResult signInWithPassword(String username, String password);

    /** Starts a Passwordless sign-in: the pool's triggers send a code by SMS and Cognito answers the challenge. */
    SignInResult startCodeSignIn(String username);

    /** Answers a challenge with the responses it asks for: tokens, or the next challenge. */
    SignInResult answerChallenge(String challengeName, String session, Map<String, String> responses);

    /** New access and ID tokens for a refresh token; the answer carries the refresh token it was given. */
    TokenResponse refresh(String refreshToken);

    /** Ends every session of the user the access token belongs to. */
    void signOutEverywhere(String accessToken);

    /** Ends the one session a refresh token belongs to. */
    void revokeRefreshToken(String refreshToken);

    /** Sends a code with which the password can be changed. */
    Optional<CodeDeliveryDetails> forgotPassword(String username);

    /** Sets a new password with the code forgotPassword sent. */
    void confirmForgotPassword(String username, String confirmationCode, String newPassword);

    /** Changes the password of the user the access token belongs to. */
    void changePassword(String accessToken, String previousPassword, String proposedPassword);

    /** The username and attributes of the user the access token belongs to. */
    PoolUser user(String accessToken);

    /** Deletes the user the access token belongs to. */
    void deleteUser(String accessToken);

    /**
     * Sets attributes of the user the access token belongs to. A new email or phone number gets a code; the pool
     * keeps the old value in force until it is verified. Answers where the codes went.
     */
    List<CodeDeliveryDetails> updateAttributes(String accessToken, Map<String, String> attributes);

    /** Verifies the user's email or phone number with the code sent to it; a new value waiting for it takes effect. */
    void verifyAttribute(String accessToken, String attribute, String confirmationCode);

    /** Sends a new code for the user's email or phone number; the previous one stops working. */
    Optional<CodeDeliveryDetails> resendAttributeCode(String accessToken, String attribute);

    /**
     * Starts setting up an authenticator app for the user: a new secret, in use once {@link #verifyAuthenticator}
     * proves the app has it.
     */
    AuthenticatorSecret associateAuthenticator(SetupCredential caller);

    /**
     * Proves the associated secret with a first code from the app, which becomes the user's authenticator. Answers
     * the sign-in's next session when called with a session.
     */
    Optional<String> verifyAuthenticator(SetupCredential caller, String code, String deviceName);

    /** Makes a factor the user's preferred one (turning it on), or, with none, turns both factors off. */
    void setMfaPreference(String accessToken, Optional<MfaFactor> preferred);
}
