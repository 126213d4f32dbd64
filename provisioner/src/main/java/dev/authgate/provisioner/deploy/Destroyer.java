package dev.authgate.provisioner.deploy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.authgate.provisioner.ProvisionerException;
import dev.authgate.provisioner.StackOutputs;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/**
 * Deletes the stack and, when asked, the artifact bucket. The user pool stays, with its users, unless they are given
 * up in so many words.
 */
public final class Destroyer {

    /** Statuses of a stack whose resources were never made or are already gone: nothing of them to keep. */
    private static final Set<StackStatus> WITHOUT_RESOURCES = Set.of(StackStatus.ROLLBACK_COMPLETE, StackStatus.REVIEW_IN_PROGRESS);

    private final AwsClients aws;
    private final Pacing pacing;
    private final ProgressLog log;
    private final Clock clock;

    public Destroyer(AwsClients aws, Pacing pacing, ProgressLog log, Clock clock) {
        this.aws = Objects.requireNonNull(aws, "aws");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param bucket the artifact bucket, or null for the account's and region's own: where a deployed template too
     *        large to send inline goes when the pool's policy must change first
     * @return the id of the user pool left behind with its users, if the stack had one and it was kept
     */
    public Optional<String> destroyStack(String stackName, UserPoolFate fate, String bucket) {
        Optional<Stack> found = new Stacks(aws.cloudFormation()).find(stackName);
        if (found.isEmpty()) {
            log.say("No stack " + stackName + ": nothing to delete");
            return Optional.empty();
        }
        Stack stack = found.get();
        Optional<String> pool = WITHOUT_RESOURCES.contains(stack.stackStatus()) ? Optional.empty()
                : settlePool(stack, fate, bucket);
        deleteStack(stack);
        if (pool.isPresent() && fate == UserPoolFate.DELETE) {
            log.say("Deleted the user pool " + pool.get() + " with all its users");
            return Optional.empty();
        }
        pool.ifPresent(id -> log.say("Kept the user pool " + id + " with its users (retained, outside any stack). "
                + "Delete it in the Cognito console, deletion protection off first, once they are no longer needed"));
        return pool;
    }

    /**
     * Makes the deployed template say what becomes of the pool, and answers its id. The only change is the pool's
     * DeletionPolicy and DeletionProtection, made as a stack update from the template CloudFormation already runs.
     * That is safer than Cognito's UpdateUserPool: it resets every setting the call leaves out (triggers, SMS role,
     * verification messages, ...), so copying DescribeUserPool's answer back risks silently dropping whatever the copy
     * misses, and leaves the stack out of step with its pool; CloudFormation instead applies the whole, known pool
     * definition, changes nothing else (the change set is refused if it would replace anything of the pool), and if
     * the deletion then fails the pool is still complete and the stack still describes it.
     */
    private Optional<String> settlePool(Stack stack, UserPoolFate fate, String bucket) {
        DeployedTemplate template = DeployedTemplate.of(aws.cloudFormation(), stack.stackId());
        if (template.userPoolId().isEmpty()) {
            return Optional.empty();
        }
        String poolId = Stacks.outputs(stack).getOrDefault(StackOutputs.USER_POOL_ID, "of stack " + stack.stackName());
        if (fate == UserPoolFate.KEEP && !template.poolKept()) {
            log.say("The stack was deployed before Authgate kept user pools: protecting pool " + poolId + " before deleting the stack");
            update(stack, template.withPool(true), bucket);
        } else if (fate == UserPoolFate.DELETE && !template.poolDeletedWithStack()) {
            log.say("Turning deletion protection off for user pool " + poolId + " and letting the stack delete it (--delete-users)");
            update(stack, template.withPool(false), bucket);
        }
        return Optional.of(poolId);
    }

    private void update(Stack stack, byte[] template, String bucket) {
        Map<String, String> parameters = stack.parameters().stream()
                .collect(Collectors.toMap(Parameter::parameterKey, Parameter::parameterValue, (a, b) -> b, LinkedHashMap::new));
        TemplateSource source = TemplateSource.of(template, body -> ArtifactStore.of(aws, bucket, log).putTemplate(stack.stackName(), body));
        try {
            new ChangeSetDeployer(aws.cloudFormation(), pacing, log, clock)
                    .deploy(stack.stackName(), source, parameters, UserPoolReplacement.REFUSE);
        } catch (ProvisionerException e) {
            throw new ProvisionerException("destroy stopped, the stack is not deleted: changing its user pool's deletion "
                    + "settings failed: " + e.getMessage(), e);
        }
    }

    private void deleteStack(Stack stack) {
        log.say("Deleting stack " + stack.stackName());
        StackWatcher.Watch watch = new StackWatcher(aws.cloudFormation(), pacing, log).watch(stack.stackId());
        aws.cloudFormation().deleteStack(request -> request.stackName(stack.stackId()));
        StackWatcher.Settled settled = watch.untilSettled();
        if (!settled.succeeded()) {
            throw new ProvisionerException("could not delete stack " + stack.stackName() + ": " + settled.failure());
        }
        log.say("Stack " + stack.stackName() + " is deleted");
    }

    /**
     * @param bucket the artifact bucket, or null for the account's and region's own
     */
    public void destroyBucket(String bucket) {
        ArtifactStore.of(aws, bucket, log).deleteBucket();
    }
}
