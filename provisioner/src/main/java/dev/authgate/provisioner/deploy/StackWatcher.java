package dev.authgate.provisioner.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/** Follows a stack through one operation, printing each new event, until it settles. */
final class StackWatcher {

    private static final Set<StackStatus> SUCCEEDED = Set.of(StackStatus.CREATE_COMPLETE, StackStatus.UPDATE_COMPLETE,
            StackStatus.DELETE_COMPLETE, StackStatus.IMPORT_COMPLETE);

    private final CloudFormationClient cloudFormation;
    private final Stacks stacks;
    private final Pacing pacing;
    private final ProgressLog log;

    StackWatcher(CloudFormationClient cloudFormation, Pacing pacing, ProgressLog log) {
        this.cloudFormation = Objects.requireNonNull(cloudFormation, "cloudFormation");
        this.stacks = new Stacks(cloudFormation);
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Starts watching before the operation starts, so that only its events are reported. */
    Watch watch(String stackId) {
        Set<String> seen = new HashSet<>();
        cloudFormation.describeStackEvents(request -> request.stackName(stackId)).stackEvents()
                .forEach(event -> seen.add(event.eventId()));
        return new Watch(stackId, seen);
    }

    /** How an operation ended. */
    record Settled(Stack stack, Optional<StackEvent> firstFailure) {

        boolean succeeded() {
            return SUCCEEDED.contains(stack.stackStatus());
        }

        /** The first resource that failed and why, or the stack's own reason when no resource did. */
        String failure() {
            return firstFailure
                    .map(event -> event.logicalResourceId() + " (" + event.resourceType() + ") "
                            + event.resourceStatusAsString() + ": " + event.resourceStatusReason())
                    .orElse("stack " + stack.stackStatusAsString() + ": " + stack.stackStatusReason());
        }
    }

    final class Watch {
        private final String stackId;
        private final Set<String> seen;
        private final List<StackEvent> reported = new ArrayList<>();

        private Watch(String stackId, Set<String> seen) {
            this.stackId = stackId;
            this.seen = seen;
        }

        Settled untilSettled() {
            while (true) {
                reportNewEvents();
                Stack stack = stacks.get(stackId);
                if (!stack.stackStatusAsString().endsWith("_IN_PROGRESS")) {
                    reportNewEvents();
                    return new Settled(stack, firstFailure());
                }
                pacing.pause();
            }
        }

        /** Events come newest first, a page at a time: read back to the first one already seen. */
        private void reportNewEvents() {
            List<StackEvent> fresh = new ArrayList<>();
            String token = null;
            boolean caughtUp = false;
            do {
                DescribeStackEventsResponse page = events(token);
                for (StackEvent event : page.stackEvents()) {
                    if (seen.contains(event.eventId())) {
                        caughtUp = true;
                        break;
                    }
                    fresh.add(event);
                }
                token = page.nextToken();
            } while (!caughtUp && token != null);
            Collections.reverse(fresh);
            for (StackEvent event : fresh) {
                seen.add(event.eventId());
                reported.add(event);
                log.event(event);
            }
        }

        private DescribeStackEventsResponse events(String token) {
            return cloudFormation.describeStackEvents(request -> request.stackName(stackId).nextToken(token));
        }

        private Optional<StackEvent> firstFailure() {
            List<StackEvent> failed = reported.stream()
                    .filter(event -> event.resourceStatusAsString().endsWith("_FAILED"))
                    .toList();
            return failed.stream()
                    .filter(event -> !"AWS::CloudFormation::Stack".equals(event.resourceType()))
                    .findFirst()
                    .or(() -> failed.stream().findFirst());
        }
    }
}
