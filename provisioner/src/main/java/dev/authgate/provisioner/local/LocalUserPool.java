package dev.authgate.provisioner.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;

import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.ProvisionerException;
import dev.authgate.contract.ClientAttributes;
import dev.authgate.provisioner.model.PoolModel;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.MfaSetting;
import dev.authgate.settings.PasswordPolicy;
import dev.authgate.settings.TokenSettings;
import dev.authgate.settings.VerificationMethod;

/**
 * Builds the user pool and app client on a Cognito emulator through the Cognito API, as the CloudFormation
 * stack does on AWS. Running it again finds the pool and client it made before, so a data folder that
 * survives restarts keeps its users.
 */
public final class LocalUserPool {

    static final String CLIENT_NAME = "authgate";

    /** The local run's one trigger function; the emulator invokes it through the local app's Lambda Invoke API. */
    public static final String TRIGGER_FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:authgate-triggers";

    /** The local pool's stand-in for the stack's SMS role: the emulator sends to its outbox instead of SNS. */
    static final String LOCAL_SMS_ROLE = "arn:aws:iam::000000000000:role/authgate-local-sms";

    private final URI endpoint;
    private final String dataDescription;

    public LocalUserPool(URI endpoint) {
        this(endpoint, null);
    }

    /**
     * @param dataDir the folder the emulator keeps its pools in, named when refusing a switch of mode; null when unknown
     */
    public LocalUserPool(URI endpoint, Path dataDir) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.dataDescription = dataDir == null ? "the emulator at " + endpoint : "the data folder " + dataDir.toAbsolutePath();
    }

    /** Finds or creates the pool, its groups and its client for the settings, and answers the stack's outputs. */
    public StackOutputs provision(AuthgateSettings settings, URI apiUrl) {
        AuthMode mode = settings.mode();
        try (CognitoIdentityProviderClient cognito = client()) {
            refuseSwitchFromAModeWithUsers(cognito, mode);
            String poolName = poolName(mode);
            String poolId = existingPool(cognito, poolName)
                    .orElseGet(() -> configureMfa(cognito, createPool(cognito, poolName, settings), settings.mfa()));
            createMissingGroups(cognito, poolId, settings.roles().keySet());
            String clientId = existingClient(cognito, poolId)
                    .orElseGet(() -> createClient(cognito, poolId, mode, settings.tokens()));
            String issuer = endpoint.toString().replaceAll("/+$", "") + "/" + poolId;
            return new StackOutputs(apiUrl.toString(), issuer, issuer + "/.well-known/jwks.json", poolId, clientId);
        }
    }

    /**
     * Each mode has a pool of its own, so a switch would leave the users made so far in a pool the app no longer
     * reads, and a switch back would find both kinds of users in one data folder: refused while the other mode's pool
     * has users. An empty pool of the other mode is no reason to refuse.
     */
    private void refuseSwitchFromAModeWithUsers(CognitoIdentityProviderClient cognito, AuthMode mode) {
        for (AuthMode other : AuthMode.values()) {
            if (other == mode) {
                continue;
            }
            Optional<String> pool = existingPool(cognito, poolName(other));
            if (pool.isEmpty()) {
                continue;
            }
            Integer users = cognito.describeUserPool(request -> request.userPoolId(pool.get())).userPool().estimatedNumberOfUsers();
            if (users != null && users > 0) {
                throw new ProvisionerException("refusing to start in " + mode.contractName() + " mode: " + dataDescription
                        + " holds " + users + " user(s) of " + other.contractName() + " mode. Start it in "
                        + other.contractName() + " mode, or give " + mode.contractName()
                        + " a data folder of its own (AUTHGATE_DATA_DIR); nothing was changed or deleted");
            }
        }
    }

    private static String poolName(AuthMode mode) {
        return "authgate-" + mode.contractName();
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

    private static String createPool(CognitoIdentityProviderClient cognito, String poolName, AuthgateSettings settings) {
        AuthMode mode = settings.mode();
        PasswordPolicy policy = settings.passwordPolicy();
        return cognito.createUserPool(request -> request
                .poolName(poolName)
                .usernameAttributesWithStrings(mode.usernameAttribute())
                .autoVerifiedAttributesWithStrings(PoolModel.VERIFIED_CONTACTS)
                .userAttributeUpdateSettings(update -> update.attributesRequireVerificationBeforeUpdateWithStrings(PoolModel.VERIFIED_CONTACTS))
                .verificationMessageTemplate(messages -> messages.defaultEmailOption(settings.verification() == VerificationMethod.LINK
                        ? DefaultEmailOptionType.CONFIRM_WITH_LINK : DefaultEmailOptionType.CONFIRM_WITH_CODE))
                .usernameConfiguration(configuration -> configuration.caseSensitive(false))
                .policies(policies -> policies.passwordPolicy(password -> password
                        .minimumLength(policy.minLength())
                        .requireNumbers(policy.requireDigits())
                        .requireLowercase(policy.requireLowercase())
                        .requireSymbols(policy.requireSymbols())
                        .requireUppercase(policy.requireUppercase())))
                .schema(PoolModel.CUSTOM_ATTRIBUTES.stream()
                        .map(name -> SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.STRING)
                                .mutable(true).build())
                        .toList())
                .lambdaConfig(triggers -> PoolModel.triggers(settings).forEach(trigger -> {
                    switch (trigger) {
                        case PRE_SIGN_UP -> triggers.preSignUp(TRIGGER_FUNCTION);
                        case DEFINE_AUTH_CHALLENGE -> triggers.defineAuthChallenge(TRIGGER_FUNCTION);
                        case CREATE_AUTH_CHALLENGE -> triggers.createAuthChallenge(TRIGGER_FUNCTION);
                        case VERIFY_AUTH_CHALLENGE_RESPONSE -> triggers.verifyAuthChallengeResponse(TRIGGER_FUNCTION);
                    }
                })))
                .userPool().id();
    }

    /**
     * As CloudFormation does for the stack's pool: Cognito's CreateUserPool turns on only SMS MFA, so the factors
     * are set after it. The emulator sends SMS codes to its outbox, so the local pool offers SMS like the stack's.
     */
    private static String configureMfa(CognitoIdentityProviderClient cognito, String poolId, MfaSetting mfa) {
        if (mfa != MfaSetting.OFF) {
            cognito.setUserPoolMfaConfig(request -> request
                    .userPoolId(poolId)
                    .mfaConfiguration(mfa.mfaConfiguration())
                    .softwareTokenMfaConfiguration(token -> token.enabled(true))
                    .smsMfaConfiguration(sms -> sms
                            .smsAuthenticationMessage("Your sign-in code is {####}.")
                            .smsConfiguration(configuration -> configuration.snsCallerArn(LOCAL_SMS_ROLE))));
        }
        return poolId;
    }

    private static void createMissingGroups(CognitoIdentityProviderClient cognito, String poolId, Set<String> roles) {
        for (String role : roles) {
            try {
                cognito.createGroup(request -> request.userPoolId(poolId).groupName(role));
            } catch (GroupExistsException alreadyThere) {
                // made by an earlier run on the same data folder
            }
        }
    }

    private static String createClient(CognitoIdentityProviderClient cognito, String poolId, AuthMode mode, TokenSettings tokens) {
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
                .enableTokenRevocation(true)
                .writeAttributes(ClientAttributes.WRITABLE)
                .accessTokenValidity(tokens.accessTokenMinutes())
                .idTokenValidity(tokens.idTokenMinutes())
                .refreshTokenValidity(tokens.refreshTokenDays())
                .tokenValidityUnits(units -> units
                        .accessToken(TimeUnitsType.MINUTES)
                        .idToken(TimeUnitsType.MINUTES)
                        .refreshToken(TimeUnitsType.DAYS)))
                .userPoolClient().clientId();
    }
}
