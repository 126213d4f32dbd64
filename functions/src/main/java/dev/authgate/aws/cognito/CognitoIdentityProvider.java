package dev.authgate.aws.cognito;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.MfaFactor;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.TokenResponse;
import dev.authgate.identity.AuthenticatorSecret;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.PoolUser;
import dev.authgate.identity.SetupCredential;
import dev.authgate.identity.SignedUp;
import dev.authgate.settings.CognitoSettings;

/**
 * The identity port over Amazon Cognito's user-pool API. This package is the only code that speaks Cognito through
 * the AWS SDK: {@link CognitoClients} builds the clients from the settings and makes each call as the
 * {@link dev.authgate.contract.cognito.CognitoCall} it declares, {@link DeclaredCallsOnly} refuses any other,
 * {@link CognitoErrors} translates every failure into {@link dev.authgate.error.AuthException}, and one class per
 * feature makes the calls: {@link SignUpCalls}, {@link SessionCalls}, {@link PasswordCalls}, {@link UserCalls},
 * {@link MfaCalls}.
 */
public final class CognitoIdentityProvider implements IdentityProvider, AutoCloseable {

    private final CognitoClients cognito;
    private final SignUpCalls signUp;
    private final SessionCalls sessions;
    private final PasswordCalls passwords;
    private final UserCalls users;
    private final MfaCalls mfa;

    private CognitoIdentityProvider(CognitoClients cognito, String clientId, String userPoolId) {
        this.cognito = cognito;
        this.signUp = new SignUpCalls(cognito, clientId, userPoolId);
        this.sessions = new SessionCalls(cognito, clientId);
        this.passwords = new PasswordCalls(cognito, clientId);
        this.users = new UserCalls(cognito);
        this.mfa = new MfaCalls(cognito);
    }

    /** Connects to the pool the settings name: AWS itself, or the endpoint they give. */
    public static CognitoIdentityProvider create(CognitoSettings settings) {
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw new IllegalArgumentException("authgate.cognito.client-id is required");
        }
        return new CognitoIdentityProvider(CognitoClients.create(settings), settings.clientId(), settings.userPoolId());
    }

    @Override
    public SignedUp signUp(String username, String password, Map<String, String> attributes, Map<String, String> clientMetadata) {
        return signUp.signUp(username, password, attributes, clientMetadata);
    }

    @Override
    public void assignRole(String userSub, String role) {
        signUp.assignRole(userSub, role);
    }

    @Override
    public void deleteUnfinishedUser(String userSub) {
        signUp.deleteUnfinishedUser(userSub);
    }

    @Override
    public void confirmSignUp(String username, String confirmationCode) {
        signUp.confirmSignUp(username, confirmationCode);
    }

    @Override
    public Optional<CodeDeliveryDetails> resendConfirmationCode(String username) {
        return signUp.resendConfirmationCode(username);
    }

    @Override
    public SignInResult signInWithPassword(String username, String password) {
        return sessions.signInWithPassword(username, password);
    }

    @Override
    public SignInResult startCodeSignIn(String username) {
        return sessions.startCodeSignIn(username);
    }

    @Override
    public SignInResult answerChallenge(String challengeName, String session, Map<String, String> responses) {
        return sessions.answerChallenge(challengeName, session, responses);
    }

    @Override
    public TokenResponse refresh(String refreshToken) {
        return sessions.refresh(refreshToken);
    }

    @Override
    public void signOutEverywhere(String accessToken) {
        sessions.signOutEverywhere(accessToken);
    }

    @Override
    public void revokeRefreshToken(String refreshToken) {
        sessions.revokeRefreshToken(refreshToken);
    }

    @Override
    public Optional<CodeDeliveryDetails> forgotPassword(String username) {
        return passwords.forgotPassword(username);
    }

    @Override
    public void confirmForgotPassword(String username, String confirmationCode, String newPassword) {
        passwords.confirmForgotPassword(username, confirmationCode, newPassword);
    }

    @Override
    public void changePassword(String accessToken, String previousPassword, String proposedPassword) {
        passwords.changePassword(accessToken, previousPassword, proposedPassword);
    }

    @Override
    public PoolUser user(String accessToken) {
        return users.user(accessToken);
    }

    @Override
    public void deleteUser(String accessToken) {
        users.deleteUser(accessToken);
    }

    @Override
    public List<CodeDeliveryDetails> updateAttributes(String accessToken, Map<String, String> attributes) {
        return users.updateAttributes(accessToken, attributes);
    }

    @Override
    public void verifyAttribute(String accessToken, String attribute, String confirmationCode) {
        users.verifyAttribute(accessToken, attribute, confirmationCode);
    }

    @Override
    public Optional<CodeDeliveryDetails> resendAttributeCode(String accessToken, String attribute) {
        return users.resendAttributeCode(accessToken, attribute);
    }

    @Override
    public AuthenticatorSecret associateAuthenticator(SetupCredential caller) {
        return mfa.associateAuthenticator(caller);
    }

    @Override
    public Optional<String> verifyAuthenticator(SetupCredential caller, String code, String deviceName) {
        return mfa.verifyAuthenticator(caller, code, deviceName);
    }

    @Override
    public void setMfaPreference(String accessToken, Optional<MfaFactor> preferred) {
        mfa.setMfaPreference(accessToken, preferred);
    }

    @Override
    public void close() {
        cognito.close();
    }
}
