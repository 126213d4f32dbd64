package dev.authgate.testsupport;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

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

    /** Sets the pool's MfaConfiguration ({@code OFF}, {@code OPTIONAL}, {@code ON}), as a deploy with another authgate.mfa would. */
    public void setMfaConfiguration(String poolId, String configuration) {
        cognito.setUserPoolMfaConfig(request -> request.userPoolId(poolId).mfaConfiguration(configuration));
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

    /** Cognito's SignUp with the public client id, as any client could call it without going through the API. */
    public void signUpDirectly(String clientId, String username, String password, Map<String, String> attributes,
            Map<String, String> clientMetadata) {
        cognito.signUp(request -> request.clientId(clientId).username(username).password(password)
                .userAttributes(attributes.entrySet().stream()
                        .map(entry -> AttributeType.builder().name(entry.getKey()).value(entry.getValue()).build()).toList())
                .clientMetadata(clientMetadata));
    }

    /** Cognito's InitiateAuth with CUSTOM_AUTH and the public client id, as any client could call it without the API. */
    public void startCustomAuthDirectly(String clientId, String username) {
        cognito.initiateAuth(request -> request.clientId(clientId).authFlow(AuthFlowType.CUSTOM_AUTH)
                .authParameters(Map.of("USERNAME", username)));
    }

    /** Sets attributes of a user as the pool's administrator, the {@code *_verified} flags included. */
    public void updateAttributes(String poolId, String username, Map<String, String> attributes) {
        cognito.adminUpdateUserAttributes(request -> request.userPoolId(poolId).username(username)
                .userAttributes(attributes.entrySet().stream()
                        .map(entry -> AttributeType.builder().name(entry.getKey()).value(entry.getValue()).build()).toList()));
    }

    /** A user as the pool keeps it: attributes, status and groups. */
    public PoolUser user(String poolId, String username) {
        AdminGetUserResponse user = cognito.adminGetUser(request -> request.userPoolId(poolId).username(username));
        List<String> groups = cognito.adminListGroupsForUser(request -> request.userPoolId(poolId).username(username))
                .groups().stream().map(GroupType::groupName).toList();
        return new PoolUser(user.userStatusAsString(), user.userAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value)), groups);
    }

    public boolean exists(String poolId, String username) {
        try {
            cognito.adminGetUser(request -> request.userPoolId(poolId).username(username));
            return true;
        } catch (UserNotFoundException e) {
            return false;
        }
    }

    /** What the pool keeps of a user. */
    public record PoolUser(String status, Map<String, String> attributes, List<String> groups) {
    }

    /** A user an administrator created with a temporary password, who must choose a new one at sign-in. */
    public TestUser createWithTemporaryPassword(String poolId) {
        TestUser user = new TestUser(TestStack.newEmail(), "Temp0rary-Pass!");
        cognito.adminCreateUser(request -> request.userPoolId(poolId).username(user.username())
                .temporaryPassword(user.password()).messageAction(MessageActionType.SUPPRESS));
        return user;
    }
}
