package dev.authgate.provisioner.cli;

import java.net.URI;
import java.time.Duration;

import dev.authgate.provisioner.ProvisionerException;
import dev.authgate.provisioner.deploy.AwsClients;
import dev.authgate.provisioner.deploy.Pacing;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import picocli.CommandLine.Option;

/**
 * Where and as whom to reach AWS. Without options, the standard chains decide, as for the AWS CLI: environment
 * variables, then the shared config and credentials files ({@code AWS_PROFILE}), then the container or instance role.
 */
public final class AwsOptions {

    @Option(names = "--region", paramLabel = "REGION", description = "The AWS region; default: AWS_REGION, or the profile's region.")
    String region;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "A profile of ~/.aws/config and ~/.aws/credentials; default: AWS_PROFILE, or default.")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send every AWS call (CloudFormation, S3, STS) to this URL instead, e.g. an AWS emulator.")
    URI endpoint;

    @Option(names = "--poll-interval", paramLabel = "DURATION", hidden = true, defaultValue = "PT5S",
            description = "How often to ask CloudFormation how it is getting on (ISO-8601, e.g. PT5S).")
    Duration pollInterval;

    /** Clients for the region and credentials the chains find; either missing is one clear line, not a stack trace. */
    public AwsClients connect() {
        Region resolvedRegion = region != null ? Region.of(region) : defaultRegion();
        // A profile named on the command line is used alone, as the AWS CLI does, even with keys in the environment.
        AwsCredentialsProvider credentials = profile == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
        try {
            credentials.resolveCredentials();
        } catch (SdkClientException e) {
            throw new ProvisionerException("no AWS credentials" + (profile == null ? "" : " for profile " + profile)
                    + ": run aws configure or aws sso login, set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass --profile", e);
        }
        return new AwsClients(resolvedRegion, credentials, endpoint);
    }

    public Pacing pacing() {
        return new Pacing(pollInterval);
    }

    private Region defaultRegion() {
        try {
            return DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion();
        } catch (SdkClientException e) {
            throw new ProvisionerException("no AWS region: pass --region, set AWS_REGION, or give the profile a region", e);
        }
    }
}
