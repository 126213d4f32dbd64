package dev.authgate.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.local.LocalUserPool;
import dev.authgate.settings.AuthgateSettings;

/**
 * The Cognito every benchmark talks to: the emulator on a free loopback port in this process, the pool and
 * client the provisioner makes on it, and one confirmed user. Started before any measurement and not counted.
 */
public final class LocalCognito implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String USERNAME = "bench@example.com";
    public static final String PASSWORD = "Bench-Passw0rd!";

    private final CognitoEmulator emulator;
    private final StackOutputs outputs;
    private final CognitoIdentityProviderClient sdk;

    private LocalCognito(CognitoEmulator emulator, StackOutputs outputs, CognitoIdentityProviderClient sdk) {
        this.emulator = Objects.requireNonNull(emulator, "emulator");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.sdk = Objects.requireNonNull(sdk, "sdk");
    }

    public static LocalCognito start() {
        CognitoEmulator emulator = CognitoEmulator.start(EmulatorOptions.defaults());
        StackOutputs outputs = new LocalUserPool(emulator.endpoint())
                .provision(AuthgateSettings.defaults(), URI.create("http://127.0.0.1/auth"));
        CognitoIdentityProviderClient sdk = bareClient(emulator.endpoint());
        sdk.signUp(request -> request.clientId(outputs.userPoolClientId()).username(USERNAME).password(PASSWORD));
        sdk.adminConfirmSignUp(request -> request.userPoolId(outputs.userPoolId()).username(USERNAME));
        return new LocalCognito(emulator, outputs, sdk);
    }

    /**
     * An SDK client set up as Authgate's adapter sets up its retrying client: the same HTTP client, timeouts and
     * retry mode, so that the difference to it is what Authgate adds.
     */
    public static CognitoIdentityProviderClient bareClient(URI endpoint) {
        Duration timeout = Duration.ofSeconds(5);
        return CognitoIdentityProviderClient.builder()
                .region(Region.of(REGION))
                .endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout).build())
                .overrideConfiguration(override -> override.apiCallTimeout(timeout).retryStrategy(RetryMode.STANDARD))
                .build();
    }

    public URI endpoint() {
        return emulator.endpoint();
    }

    public String userPoolId() {
        return outputs.userPoolId();
    }

    public String clientId() {
        return outputs.userPoolClientId();
    }

    public String jwksUri() {
        return outputs.authApiJwksUri();
    }

    public String issuer() {
        return outputs.authApiIssuer();
    }

    /** A fresh access token for the benchmark user. */
    public String accessToken() {
        return sdk.initiateAuth(request -> request.clientId(clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", USERNAME, "PASSWORD", PASSWORD))).authenticationResult().accessToken();
    }

    /** The {@code authgate.cognito.*} settings for this pool, as Lambda environment variables. */
    public Map<String, String> environment() {
        return Map.of(
                "AUTHGATE_COGNITO_ENDPOINT", endpoint().toString(),
                "AUTHGATE_COGNITO_USER_POOL_ID", userPoolId(),
                "AUTHGATE_COGNITO_CLIENT_ID", clientId(),
                "AUTHGATE_COGNITO_REGION", REGION);
    }

    @Override
    public void close() {
        sdk.close();
        emulator.close();
    }
}
