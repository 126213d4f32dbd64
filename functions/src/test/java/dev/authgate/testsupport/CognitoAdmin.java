package dev.authgate.testsupport;

import java.net.URI;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/** What a pool administrator does directly against the emulator, behind the API's back. */
public final class CognitoAdmin {

    private final CognitoIdentityProviderClient cognito;

    CognitoAdmin(URI endpoint) {
        cognito = CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("admin", "admin")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public String createPool(String name) {
        return cognito.createUserPool(request -> request.poolName(name).usernameAttributesWithStrings("email")).userPool().id();
    }

    public String createClient(String poolId) {
        return cognito.createUserPoolClient(request -> request.userPoolId(poolId).clientName("other")
                        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
    }

    /** Signs the user up on another client, confirms them as an administrator, and answers an access token. */
    public String accessTokenThrough(String poolId, String clientId, TestUser user) {
        cognito.signUp(request -> request.clientId(clientId).username(user.username()).password(user.password()));
        cognito.adminConfirmSignUp(request -> request.userPoolId(poolId).username(user.username()));
        return signIn(clientId, user);
    }

    /** An access token for an existing user, through the given client. */
    public String signIn(String clientId, TestUser user) {
        return cognito.initiateAuth(request -> request.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", user.username(), "PASSWORD", user.password())))
                .authenticationResult().accessToken();
    }

    /** A user an administrator created with a temporary password, who must choose a new one at sign-in. */
    public TestUser createWithTemporaryPassword(String poolId) {
        TestUser user = new TestUser(TestStack.newEmail(), "Temp0rary-Pass!");
        cognito.adminCreateUser(request -> request.userPoolId(poolId).username(user.username())
                .temporaryPassword(user.password()).messageAction(MessageActionType.SUPPRESS));
        return user;
    }
}
