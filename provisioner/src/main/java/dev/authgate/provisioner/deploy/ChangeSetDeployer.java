package dev.authgate.provisioner.deploy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.authgate.provisioner.ProvisionerException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/**
 * Creates or updates a stack through a change set: a change set without changes is deleted and reported as
 * such; a first create that rolled back ({@code ROLLBACK_COMPLETE}, which CloudFormation cannot update) is
 * deleted before creating again; a failure reports the first resource that failed.
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
    Deployment deploy(String stackName, TemplateSource template, Map<String, String> parameters) {
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
        log.say((creating ? "Creating" : "Updating") + " stack " + stackName + ": " + changeSet.changes().size() + " changes");
        changeSet.changes().forEach(change -> log.say("  " + change.resourceChange().actionAsString() + " "
                + change.resourceChange().resourceType() + " " + change.resourceChange().logicalResourceId()));

        StackWatcher.Watch watch = watcher.watch(created.stackId());
        cloudFormation.executeChangeSet(request -> request.changeSetName(created.id()));
        StackWatcher.Settled settled = watch.untilSettled();
        if (!settled.succeeded()) {
            throw new ProvisionerException("deploy failed, stack " + stackName + " is "
                    + settled.stack().stackStatusAsString() + ": " + settled.failure());
        }
        log.say("Stack " + stackName + " is " + settled.stack().stackStatusAsString());
        return new Deployment(true, Stacks.outputs(settled.stack()));
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
