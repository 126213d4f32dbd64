package dev.authgate.aws.cognito;

import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;

import dev.authgate.contract.ChallengeResponse;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.TokenResponse;
import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.identity.ChallengeMessages;

/** Sessions: signing in with a password or a code, answering challenges, refreshing, and ending sessions. */
final class SessionCalls {

    private final CognitoClients cognito;
    private final String clientId;

    SessionCalls(CognitoClients cognito, String clientId) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
    }

    SignInResult signInWithPassword(String username, String password) {
        return signInResult(initiate(CognitoCall.PASSWORD_SIGN_IN, AuthFlowType.USER_PASSWORD_AUTH,
                Map.of("USERNAME", username, "PASSWORD", password)), null);
    }

    SignInResult startCodeSignIn(String username) {
        return signInResult(initiate(CognitoCall.CODE_SIGN_IN, AuthFlowType.CUSTOM_AUTH, Map.of("USERNAME", username)), null);
    }

    SignInResult answerChallenge(String challengeName, String session, Map<String, String> responses) {
        RespondToAuthChallengeResponse response = cognito.call(CognitoCall.ANSWER_CHALLENGE,
                CognitoIdentityProviderClient::respondToAuthChallenge,
                RespondToAuthChallengeRequest.builder()
                        .clientId(clientId)
                        .challengeName(challengeName)
                        .session(session)
                        .challengeResponses(responses)
                        .build());
        return signInResult(response.authenticationResult(), response.challengeNameAsString(), response.session(),
                response.challengeParameters(), null);
    }

    TokenResponse refresh(String refreshToken) {
        InitiateAuthResponse response = initiate(CognitoCall.REFRESH, AuthFlowType.REFRESH_TOKEN_AUTH,
                Map.of("REFRESH_TOKEN", refreshToken));
        if (signInResult(response, refreshToken) instanceof TokenResponse tokens) {
            return tokens;
        }
        throw new AuthException(ErrorType.BAD_GATEWAY, 502, "The identity provider answered a refresh with a challenge.");
    }

    void signOutEverywhere(String accessToken) {
        cognito.call(CognitoCall.GLOBAL_SIGN_OUT, CognitoIdentityProviderClient::globalSignOut,
                GlobalSignOutRequest.builder().accessToken(accessToken).build());
    }

    void revokeRefreshToken(String refreshToken) {
        cognito.call(CognitoCall.REVOKE_TOKEN, CognitoIdentityProviderClient::revokeToken,
                RevokeTokenRequest.builder().clientId(clientId).token(refreshToken).build());
    }

    private InitiateAuthResponse initiate(CognitoCall call, AuthFlowType flow, Map<String, String> parameters) {
        return cognito.call(call, CognitoIdentityProviderClient::initiateAuth,
                InitiateAuthRequest.builder().clientId(clientId).authFlow(flow).authParameters(parameters).build());
    }

    private static SignInResult signInResult(InitiateAuthResponse response, String refreshTokenGiven) {
        return signInResult(response.authenticationResult(), response.challengeNameAsString(), response.session(),
                response.challengeParameters(), refreshTokenGiven);
    }

    /** Tokens, or the next challenge; a refresh answers no new refresh token, so the one given goes back. */
    private static SignInResult signInResult(AuthenticationResultType tokens, String challengeName, String session,
            Map<String, String> challengeParameters, String refreshTokenGiven) {
        if (tokens != null) {
            String refreshToken = tokens.refreshToken() != null ? tokens.refreshToken() : refreshTokenGiven;
            return TokenResponse.bearer(tokens.accessToken(), tokens.idToken(), refreshToken,
                    tokens.expiresIn() == null ? 0 : tokens.expiresIn());
        }
        if (challengeName == null) {
            throw new AuthException(ErrorType.BAD_GATEWAY, 502, "The identity provider answered with neither tokens nor a challenge.");
        }
        return new ChallengeResponse(challengeName, session, ChallengeMessages.nextStep(challengeName), challengeParameters);
    }
}
