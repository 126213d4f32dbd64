package dev.authgate.provisioner.deploy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.authgate.provisioner.ProvisionerException;
import dev.authgate.provisioner.StackOutputs;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Replacement;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/**
 * Creates or updates a stack through a change set: a change set without changes is deleted and reported as
 * such; a first create that rolled back ({@code ROLLBACK_COMPLETE}, which CloudFormation cannot update) is
 * deleted before creating again; a change set that would replace the user pool or its app client is deleted unless
 * the caller allows it; a failure reports the first resource that failed.
 */
final class ChangeSetDeployer {

    /** What CloudFormation answers, in a failed change set's reason, when the template and parameters are unchanged. */
    private static final List<String> NO_CHANGES = List.of("didn't contain changes", "No updates are to be performed");
    private static final Set<StackStatus> NEEDS_ATTENTION = Set.of(StackStatus.ROLLBACK_FAILED,
            StackStatus.UPDATE_ROLLBACK_FAILED, StackStatus.DELETE_FAILED, StackStatus.IMPORT_ROLLBACK_FAILED);

    private final CloudFormationClient cloudFormation;
    private final Stacks stacks;
    private final StackWatcher watcher;
    private final Pacing pacing;
    private final ProgressLog log;
    private final Clock clock;

    ChangeSetDeployer(CloudFormationClient cloudFormation, Pacing pacing, ProgressLog log, Clock clock) {
        this.cloudFormation = Objects.requireNonNull(cloudFormation, "cloudFormation");
        this.stacks = new Stacks(cloudFormation);
        this.watcher = new StackWatcher(cloudFormation, pacing, log);
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Brings the stack to the template and answers its outputs. */
    Deployment deploy(String stackName, TemplateSource template, Map<String, String> parameters, UserPoolReplacement replacement) {
        Optional<Stack> existing = deployableStack(stackName);
        boolean creating = existing.isEmpty() || existing.get().stackStatus() == StackStatus.REVIEW_IN_PROGRESS;
        CreateChangeSetResponse created = cloudFormation.createChangeSet(
                changeSet(stackName, creating ? ChangeSetType.CREATE : ChangeSetType.UPDATE, template, parameters));
        DescribeChangeSetResponse changeSet = awaitChangeSet(created.id());
        if (changeSet.status() == ChangeSetStatus.FAILED) {
            cloudFormation.deleteChangeSet(request -> request.changeSetName(created.id()));
            if (NO_CHANGES.stream().anyMatch(String.valueOf(changeSet.statusReason())::contains)) {
                log.say("No changes: stack " + stackName + " is up to date");
                return new Deployment(false, Stacks.outputs(stacks.get(created.stackId())));
            }
            throw new ProvisionerException("CloudFormation rejected the change set: " + changeSet.statusReason());
        }
        List<Change> changes = allChanges(changeSet);
        List<PoolReplacement> replacements = PoolReplacement.in(changes);
        if (!replacements.isEmpty()) {
            requireAllowed(replacement, replacements, created);
        }
        log.say((creating ? "Creating" : "Updating") + " stack " + stackName + ": " + changes.size() + " changes");
        changes.forEach(change -> log.say("  " + change.resourceChange().actionAsString() + " "
                + change.resourceChange().resourceType() + " " + change.resourceChange().logicalResourceId()
                + (change.resourceChange().replacement() == Replacement.FALSE || change.resourceChange().replacement() == null
                        ? "" : " (Replacement " + change.resourceChange().replacementAsString() + ")")));

        StackWatcher.Watch watch = watcher.watch(created.stackId());
        cloudFormation.executeChangeSet(request -> request.changeSetName(created.id()));
        StackWatcher.Settled settled = watch.untilSettled();
        if (!settled.succeeded()) {
            throw new ProvisionerException("deploy failed, stack " + stackName + " is "
                    + settled.stack().stackStatusAsString() + ": " + settled.failure());
        }
        log.say("Stack " + stackName + " is " + settled.stack().stackStatusAsString());
        Map<String, String> outputs = Stacks.outputs(settled.stack());
        replacements.stream().filter(PoolReplacement::isPool).forEach(pool -> log.say("Kept the replaced user pool "
                + pool.physicalId() + " with its users (retained, outside the stack): migrate them to the new pool "
                + outputs.get(StackOutputs.USER_POOL_ID) + ", then delete it in the Cognito console"));
        return new Deployment(true, outputs);
    }

    /**
     * Refuses the replacement unless allowed, deleting the change set so nothing of it can run. Even when allowed, a
     * stack deployed before its pool had {@code UpdateReplacePolicy: Retain} would delete the old pool: refused too.
     */
    private void requireAllowed(UserPoolReplacement allowed, List<PoolReplacement> replacements, CreateChangeSetResponse created) {
        String what = replacements.stream().map(PoolReplacement::describe).collect(Collectors.joining(" and "));
        if (allowed == UserPoolReplacement.REFUSE) {
            cloudFormation.deleteChangeSet(request -> request.changeSetName(created.id()));
            String loss = replacements.stream().anyMatch(PoolReplacement::isPool) ? "leaving every user in the old pool"
                    : "signing every user out, as their tokens are for the old client";
            throw new ProvisionerException("deploy refused, nothing changed: the change set would replace " + what + ", " + loss
                    + ". Deploy with the mode and settings the pool was made with, or pass --allow-replacing-user-pool to go on"
                    + " (a replaced pool is kept, with its users, to migrate them from)");
        }
        if (replacements.stream().anyMatch(PoolReplacement::isPool)
                && !DeployedTemplate.of(cloudFormation, created.stackId()).poolRetainedOnReplace()) {
            cloudFormation.deleteChangeSet(request -> request.changeSetName(created.id()));
            throw new ProvisionerException("deploy refused, nothing changed: the deployed stack would delete its user pool "
                    + "when replacing it (no UpdateReplacePolicy Retain yet). Deploy once with the settings the pool was "
                    + "made with, which keeps it from now on, then again with --allow-replacing-user-pool");
        }
        log.say("Replacing " + what + " as --allow-replacing-user-pool allows: the old pool stays, with its users");
    }

    /** Every change of a finished change set, which CloudFormation answers a page at a time. */
    private List<Change> allChanges(DescribeChangeSetResponse firstPage) {
        List<Change> changes = new ArrayList<>(firstPage.changes());
        String token = firstPage.nextToken();
        while (token != null) {
            String page = token;
            DescribeChangeSetResponse next = cloudFormation.describeChangeSet(request -> request
                    .changeSetName(firstPage.changeSetId()).nextToken(page));
            changes.addAll(next.changes());
            token = next.nextToken();
        }
        return changes;
    }

    /** The stack to change, if there is one, once it is in a state a change set can start from. */
    private Optional<Stack> deployableStack(String stackName) {
        Optional<Stack> existing = stacks.find(stackName);
        if (existing.isPresent() && existing.get().stackStatus() == StackStatus.ROLLBACK_COMPLETE) {
            log.say("Stack " + stackName + " is ROLLBACK_COMPLETE after a failed first create: deleting it first");
            deleteFailedCreate(existing.get());
            return Optional.empty();
        }
        existing.ifPresent(this::requireSettled);
        return existing;
    }

    private void deleteFailedCreate(Stack stack) {
        StackWatcher.Watch watch = watcher.watch(stack.stackId());
        cloudFormation.deleteStack(request -> request.stackName(stack.stackId()));
        StackWatcher.Settled settled = watch.untilSettled();
        if (!settled.succeeded()) {
            throw new ProvisionerException("could not delete the failed stack " + stack.stackName() + ": " + settled.failure());
        }
    }

    private void requireSettled(Stack stack) {
        if (stack.stackStatusAsString().endsWith("_IN_PROGRESS") && stack.stackStatus() != StackStatus.REVIEW_IN_PROGRESS) {
            throw new ProvisionerException("stack " + stack.stackName() + " is busy (" + stack.stackStatusAsString()
                    + "): deploy again when it has finished");
        }
        if (NEEDS_ATTENTION.contains(stack.stackStatus())) {
            throw new ProvisionerException("stack " + stack.stackName() + " is " + stack.stackStatusAsString()
                    + " and needs fixing in the CloudFormation console first: " + stack.stackStatusReason());
        }
    }

    private CreateChangeSetRequest changeSet(String stackName, ChangeSetType type, TemplateSource template,
            Map<String, String> parameters) {
        CreateChangeSetRequest.Builder request = CreateChangeSetRequest.builder()
                .stackName(stackName)
                .changeSetName("authgate-" + clock.millis())
                .changeSetType(type)
                .description("Deployed by the Authgate provisioner")
                // The stack makes IAM roles (without naming them): CloudFormation wants that acknowledged.
                .capabilities(Capability.CAPABILITY_IAM)
                .parameters(parameters.entrySet().stream()
                        .map(entry -> Parameter.builder().parameterKey(entry.getKey()).parameterValue(entry.getValue()).build())
                        .toList());
        if (template instanceof TemplateSource.Inline inline) {
            request.templateBody(inline.body());
        } else if (template instanceof TemplateSource.Uploaded uploaded) {
            request.templateURL(uploaded.url());
        }
        return request.build();
    }

    private DescribeChangeSetResponse awaitChangeSet(String changeSetId) {
        while (true) {
            DescribeChangeSetResponse changeSet = cloudFormation.describeChangeSet(request -> request.changeSetName(changeSetId));
            if (changeSet.status() != ChangeSetStatus.CREATE_PENDING && changeSet.status() != ChangeSetStatus.CREATE_IN_PROGRESS) {
                return changeSet;
            }
            pacing.pause();
        }
    }
}
