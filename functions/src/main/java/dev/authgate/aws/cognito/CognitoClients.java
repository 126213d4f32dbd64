package dev.authgate.aws.cognito;

import java.time.Duration;
import java.util.function.BiFunction;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.settings.CognitoSettings;

/**
 * The SDK clients of one user pool, and the one way the adapter calls them. Two clients share one HTTP client: the
 * calls that are safe to repeat go through one that retries throttling and connection failures; the others (a change
 * a repeat could apply twice, or a message a repeat would send twice) go through one that never retries. Each call
 * names its {@link CognitoCall}, which says which of the two it takes and is the only action {@link DeclaredCallsOnly}
 * lets through meanwhile; every SDK failure leaves as {@link CognitoErrors} translates it.
 */
final class CognitoClients implements AutoCloseable {

    private final SdkHttpClient http;
    private final CognitoIdentityProviderClient retrying;
    private final CognitoIdentityProviderClient once;

    private CognitoClients(SdkHttpClient http, CognitoIdentityProviderClient retrying, CognitoIdentityProviderClient once) {
        this.http = http;
        this.retrying = retrying;
        this.once = once;
    }

    /** Clients of the pool the settings name, each call bounded by {@code authgate.cognito.timeout-millis}. */
    static CognitoClients create(CognitoSettings settings) {
        Duration timeout = Duration.ofMillis(settings.timeoutMillis());
        SdkHttpClient http = UrlConnectionHttpClient.builder()
                .connectionTimeout(timeout)
                .socketTimeout(timeout)
                .build();
        return new CognitoClients(http, client(settings, http, timeout, true), client(settings, http, timeout, false));
    }

    private static CognitoIdentityProviderClient client(CognitoSettings settings, SdkHttpClient http, Duration timeout,
            boolean retries) {
        return builderFor(settings)
                .httpClient(http)
                .overrideConfiguration(override -> {
                    override.apiCallTimeout(timeout);
                    override.addExecutionInterceptor(DeclaredCallsOnly.INSTANCE);
                    if (retries) {
                        override.retryStrategy(RetryMode.STANDARD);
                    } else {
                        override.retryStrategy(strategy -> strategy.maxAttempts(1));
                    }
                })
                .build();
    }

    /**
     * A client builder for the pool the settings name: its region, and AWS's credential chain, or the emulator's
     * endpoint with credentials it accepts (an emulator accepts any signature, but the SDK still signs
     * administrative calls).
     */
    static CognitoIdentityProviderClientBuilder builderFor(CognitoSettings settings) {
        CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder().region(Region.of(settings.region()));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder;
    }

    /** Sends the request to the declared call's action, through the client its {@link CognitoCall#retried()} picks. */
    <R, T> T call(CognitoCall call, BiFunction<CognitoIdentityProviderClient, R, T> action, R request) {
        CognitoIdentityProviderClient client = call.retried() ? retrying : once;
        try {
            return DeclaredCallsOnly.as(call, () -> action.apply(client, request));
        } catch (SdkException e) {
            throw CognitoErrors.translate(e);
        }
    }

    @Override
    public void close() {
        retrying.close();
        once.close();
        http.close();
    }
}
