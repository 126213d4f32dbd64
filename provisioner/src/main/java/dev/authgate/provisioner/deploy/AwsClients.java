package dev.authgate.provisioner.deploy;

import java.net.URI;
import java.util.Objects;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/** The AWS clients the provisioner works through, for one region and one set of credentials. */
public final class AwsClients implements AutoCloseable {

    /**
     * Standard retries (throttling included, with backoff), a few more than the SDK's three: watching a stack
     * asks CloudFormation the same questions for minutes, and an account's other tools share its rate limit.
     */
    static final RetryStrategy RETRIES = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(8).build();

    private final Region region;
    private final CloudFormationClient cloudFormation;
    private final S3Client s3;
    private final StsClient sts;

    /**
     * @param endpoint one endpoint for every service (an emulator, or a test's server), or null for AWS's own
     */
    public AwsClients(Region region, AwsCredentialsProvider credentials, URI endpoint) {
        this.region = Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        this.cloudFormation = configure(CloudFormationClient.builder(), credentials, endpoint).build();
        // One endpoint for every bucket only works with the bucket in the path.
        this.s3 = configure(S3Client.builder(), credentials, endpoint).forcePathStyle(endpoint != null).build();
        this.sts = configure(StsClient.builder(), credentials, endpoint).build();
    }

    public Region region() {
        return region;
    }

    public CloudFormationClient cloudFormation() {
        return cloudFormation;
    }

    public S3Client s3() {
        return s3;
    }

    /** The account the credentials belong to. */
    public String accountId() {
        return sts.getCallerIdentity().account();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
            AwsCredentialsProvider credentials, URI endpoint) {
        builder.region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(override -> override.retryStrategy(RETRIES));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    @Override
    public void close() {
        cloudFormation.close();
        s3.close();
        sts.close();
    }
}
