package dev.authgate.provisioner.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.authgate.provisioner.ProvisionerException;
import dev.authgate.provisioner.template.StackIds;
import dev.authgate.provisioner.template.Template;

/** Deploys Authgate: the artifact to S3, then the stack through a change set. */
public final class Deployer {

    private final AwsClients aws;
    private final Pacing pacing;
    private final ProgressLog log;
    private final Clock clock;

    public Deployer(AwsClients aws, Pacing pacing, ProgressLog log, Clock clock) {
        this.aws = Objects.requireNonNull(aws, "aws");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param bucket the artifact bucket, or null for the account's and region's own (made when missing)
     */
    public Deployment deploy(String stackName, Template template, Path artifact, String bucket, UserPoolReplacement replacement) {
        if (!Files.isRegularFile(artifact)) {
            throw new ProvisionerException("no Lambda artifact at " + artifact
                    + ": build it (scripts/deploy.sh does) or pass --artifact");
        }
        ArtifactStore store = ArtifactStore.of(aws, bucket, log);
        store.ensureBucket();
        String key = store.putArtifact(artifact);
        TemplateSource source = TemplateSource.of(template.compactJson(), body -> store.putTemplate(stackName, body));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(StackIds.ARTIFACT_BUCKET, store.bucket());
        parameters.put(StackIds.ARTIFACT_KEY, key);
        return new ChangeSetDeployer(aws.cloudFormation(), pacing, log, clock).deploy(stackName, source, parameters, replacement);
    }
}
