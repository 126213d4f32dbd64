package dev.authgate.emulator.support;

import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * An emulator with the real AWS SDK client pointed at it, configured the way production code
 * configures it: endpoint override, dummy static credentials, us-east-1.
 */
public final class TestCognito implements AutoCloseable {
    private final CognitoEmulator emulator;
    private final CognitoIdentityProviderClient cognito;
    private final MutableClock clock;

    private TestCognito(CognitoEmulator emulator, MutableClock clock) {
        this.emulator = emulator;
        this.clock = clock;
        this.cognito = client(emulator);
    }

    public static TestCognito start() {
        MutableClock clock = new MutableClock();
        return new TestCognito(CognitoEmulator.start(EmulatorOptions.defaults().withClock(clock)), clock);
    }

    public static TestCognito start(EmulatorOptions options) {
        MutableClock clock = new MutableClock();
        return new TestCognito(CognitoEmulator.start(options.withClock(clock)), clock);
    }

    public static CognitoIdentityProviderClient client(CognitoEmulator emulator) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                // A retried call would hide which answer the emulator gave first.
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    public CognitoEmulator emulator() {
        return emulator;
    }

    public CognitoIdentityProviderClient cognito() {
        return cognito;
    }

    public MutableClock clock() {
        return clock;
    }

    /**
     * A pool like Authgate's UserPassword mode: users sign in with their email, which is verified by
     * code; a {@code custom:role} attribute; a client allowing password and refresh sign-in.
     */
    public TestPool emailPool() {
        return pool(pool -> pool, client -> client);
    }

    public TestPool pool(UnaryOperator<CreateUserPoolRequest.Builder> poolSettings,
                         UnaryOperator<CreateUserPoolClientRequest.Builder> clientSettings) {
        CreateUserPoolRequest.Builder pool = CreateUserPoolRequest.builder()
                .poolName("test-pool")
                .usernameAttributes(UsernameAttributeType.EMAIL)
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .schema(SchemaAttributeType.builder().name("role").attributeDataType("String").mutable(true).build());
        String poolId = cognito.createUserPool(poolSettings.apply(pool).build()).userPool().id();
        CreateUserPoolClientRequest.Builder client = CreateUserPoolClientRequest.builder()
                .userPoolId(poolId)
                .clientName("test-client")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        String clientId = cognito.createUserPoolClient(clientSettings.apply(client).build()).userPoolClient().clientId();
        return new TestPool(this, poolId, clientId);
    }

    /** A second client on an existing pool. */
    public String addClient(TestPool pool, UnaryOperator<CreateUserPoolClientRequest.Builder> clientSettings) {
        CreateUserPoolClientRequest.Builder client = CreateUserPoolClientRequest.builder()
                .userPoolId(pool.poolId())
                .clientName("another-client")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        return cognito.createUserPoolClient(clientSettings.apply(client).build()).userPoolClient().clientId();
    }

    @Override
    public void close() {
        cognito.close();
        emulator.close();
    }
}
