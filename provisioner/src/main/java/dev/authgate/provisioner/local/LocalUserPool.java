package dev.authgate.provisioner.local;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

import dev.authgate.contract.AuthMode;
import dev.authgate.contract.PasswordPolicy;
import dev.authgate.provisioner.StackOutputs;

/**
 * Builds the user pool and app client on a Cognito emulator through the Cognito API, as the CloudFormation
 * stack does on AWS. Running it again finds the pool and client it made before, so a data folder that
 * survives restarts keeps its users.
 */
public final class LocalUserPool {

    static final String CLIENT_NAME = "authgate";

    private final URI endpoint;

    public LocalUserPool(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Finds or creates the pool and client for the mode, and answers the stack's outputs. */
    public StackOutputs provision(AuthMode mode, PasswordPolicy policy, URI apiUrl) {
        try (CognitoIdentityProviderClient cognito = client()) {
            String poolName = "authgate-" + mode.contractName();
            String poolId = existingPool(cognito, poolName).orElseGet(() -> createPool(cognito, poolName, mode, policy));
            String clientId = existingClient(cognito, poolId).orElseGet(() -> createClient(cognito, poolId, mode));
            String issuer = endpoint.toString().replaceAll("/+$", "") + "/" + poolId;
            return new StackOutputs(apiUrl.toString(), issuer, issuer + "/.well-known/jwks.json", poolId, clientId);
        }
    }

    private CognitoIdentityProviderClient client() {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static Optional<String> existingPool(CognitoIdentityProviderClient cognito, String poolName) {
        return cognito.listUserPoolsPaginator(request -> request.maxResults(60)).userPools().stream()
                .filter(pool -> pool.name().equals(poolName))
                .map(UserPoolDescriptionType::id)
                .findFirst();
    }

    private static Optional<String> existingClient(CognitoIdentityProviderClient cognito, String poolId) {
        return cognito.listUserPoolClientsPaginator(request -> request.userPoolId(poolId).maxResults(60)).userPoolClients()
                .stream()
                .filter(client -> client.clientName().equals(CLIENT_NAME))
                .map(UserPoolClientDescription::clientId)
                .findFirst();
    }

    private static String createPool(CognitoIdentityProviderClient cognito, String poolName, AuthMode mode,
            PasswordPolicy policy) {
        String usernameAttribute = switch (mode) {
            case USER_PASSWORD -> "email";
            case PASSWORDLESS -> "phone_number";
        };
        return cognito.createUserPool(request -> request
                .poolName(poolName)
                .usernameAttributesWithStrings(usernameAttribute)
                .autoVerifiedAttributes(VerifiedAttributeType.fromValue(usernameAttribute))
                .usernameConfiguration(configuration -> configuration.caseSensitive(false))
                .policies(policies -> policies.passwordPolicy(password -> password
                        .minimumLength(policy.minLength())
                        .requireNumbers(policy.requireDigits())
                        .requireLowercase(policy.requireLowercase())
                        .requireSymbols(policy.requireSymbols())
                        .requireUppercase(policy.requireUppercase())))
                .schema(attribute -> attribute
                        .name("role")
                        .attributeDataType(AttributeDataType.STRING)
                        .mutable(true)))
                .userPool().id();
    }

    private static String createClient(CognitoIdentityProviderClient cognito, String poolId, AuthMode mode) {
        List<ExplicitAuthFlowsType> flows = new ArrayList<>(List.of(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH));
        flows.add(switch (mode) {
            case USER_PASSWORD -> ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH;
            case PASSWORDLESS -> ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH;
        });
        return cognito.createUserPoolClient(request -> request
                .userPoolId(poolId)
                .clientName(CLIENT_NAME)
                .generateSecret(false)
                .explicitAuthFlows(flows)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
                .enableTokenRevocation(true))
                .userPoolClient().clientId();
    }
}
