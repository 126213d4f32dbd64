package dev.authgate.provisioner.deploy;

import java.util.Objects;
import java.util.Optional;

import dev.authgate.provisioner.ProvisionerException;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** Deletes the stack and, when asked, the artifact bucket. */
public final class Destroyer {

    private final AwsClients aws;
    private final Pacing pacing;
    private final ProgressLog log;

    public Destroyer(AwsClients aws, Pacing pacing, ProgressLog log) {
        this.aws = Objects.requireNonNull(aws, "aws");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.log = Objects.requireNonNull(log, "log");
    }

    public void destroyStack(String stackName) {
        Optional<Stack> stack = new Stacks(aws.cloudFormation()).find(stackName);
        if (stack.isEmpty()) {
            log.say("No stack " + stackName + ": nothing to delete");
            return;
        }
        String stackId = stack.get().stackId();
        log.say("Deleting stack " + stackName);
        StackWatcher.Watch watch = new StackWatcher(aws.cloudFormation(), pacing, log).watch(stackId);
        aws.cloudFormation().deleteStack(request -> request.stackName(stackId));
        StackWatcher.Settled settled = watch.untilSettled();
        if (!settled.succeeded()) {
            throw new ProvisionerException("could not delete stack " + stackName + ": " + settled.failure());
        }
        log.say("Stack " + stackName + " is deleted");
    }

    /**
     * @param bucket the artifact bucket, or null for the account's and region's own
     */
    public void destroyBucket(String bucket) {
        ArtifactStore.of(aws, bucket, log).deleteBucket();
    }
}
