package dev.authgate.provisioner.testsupport;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * CloudFormation as its Query API answers (form-encoded requests, XML responses and errors in the shapes of the API
 * reference), for the calls the provisioner makes. A test sets the scene (a stack already there, what the next
 * change set or execution does, throttled calls), then reads what was asked. An operation under way releases its
 * events a few at a time, each time it is asked for them, and settles once they are all out.
 */
public final class FakeCloudFormation {

    static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    public static final String ACCOUNT = "123456789012";
    public static final String NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";

    private final String region;
    private final List<FakeStack> stacks = new ArrayList<>();
    private final Map<String, ChangeSet> changeSets = new LinkedHashMap<>();
    private final Map<String, Integer> throttled = new HashMap<>();
    private final List<Map<String, String>> requests = new ArrayList<>();
    private String nextChangeSetFailure;
    private ResourceFailure nextExecutionFailure;
    private Instant clock = Instant.parse("2026-11-24T10:00:00Z");

    FakeCloudFormation(String region) {
        this.region = region;
    }

    // ---- the scene

    /** A stack made before the test, in the given status, with the outputs of a finished deploy. */
    public synchronized FakeCloudFormation withStack(String name, String status) {
        FakeStack stack = newStack(name, status);
        stack.outputs.putAll(outputsFor(stack));
        stack.addEvent(name, "AWS::CloudFormation::Stack", status, null, tick());
        return this;
    }

    /** The next change set finds the template and parameters unchanged. */
    public synchronized FakeCloudFormation nextChangeSetHasNoChanges() {
        nextChangeSetFailure = NO_CHANGES;
        return this;
    }

    /** The next executed change set fails on this resource and rolls back. */
    public synchronized FakeCloudFormation nextExecutionFailsOn(String logicalId, String type, String reason) {
        nextExecutionFailure = new ResourceFailure(logicalId, type, reason);
        return this;
    }

    /** The next {@code times} calls of the action answer {@code Throttling}. */
    public synchronized FakeCloudFormation throttle(String action, int times) {
        throttled.put(action, times);
        return this;
    }

    // ---- what happened

    /** The actions called, in order; a throttled call counts once per attempt. */
    public synchronized List<String> actions() {
        return requests.stream().map(request -> request.get("Action")).toList();
    }

    /** The parameters of each call of the action, in order. */
    public synchronized List<Map<String, String>> requests(String action) {
        return requests.stream().filter(request -> action.equals(request.get("Action"))).toList();
    }

    /** The stack by that name that is not deleted. */
    public synchronized Optional<String> stackStatus(String name) {
        return live(name).map(stack -> stack.status);
    }

    // ---- the API

    synchronized FakeResponse handle(Map<String, String> request) {
        requests.add(request);
        String action = request.get("Action");
        if (throttled.getOrDefault(action, 0) > 0) {
            throttled.merge(action, -1, Integer::sum);
            return error("Throttling", "Rate exceeded");
        }
        return switch (action) {
            case "DescribeStacks" -> describeStacks(request.get("StackName"));
            case "CreateChangeSet" -> createChangeSet(request);
            case "DescribeChangeSet" -> describeChangeSet(request.get("ChangeSetName"));
            case "ExecuteChangeSet" -> executeChangeSet(request.get("ChangeSetName"));
            case "DeleteChangeSet" -> deleteChangeSet(request.get("ChangeSetName"));
            case "DescribeStackEvents" -> describeStackEvents(request.get("StackName"), request.get("NextToken"));
            case "DeleteStack" -> deleteStack(request.get("StackName"));
            default -> error("InvalidAction", "The action " + action + " is not valid for this web service.");
        };
    }

    private FakeResponse describeStacks(String nameOrId) {
        Optional<FakeStack> found = find(nameOrId);
        if (found.isEmpty()) {
            return error("ValidationError", "Stack with id " + nameOrId + " does not exist");
        }
        FakeStack stack = found.get();
        Xml member = Xml.fragment().open("member")
                .element("StackId", stack.id)
                .element("StackName", stack.name)
                .element("CreationTime", stack.created)
                .element("StackStatus", stack.status)
                .element("StackStatusReason", stack.reason)
                .element("DisableRollback", false);
        if (!stack.outputs.isEmpty()) {
            member.open("Outputs");
            stack.outputs.forEach((key, value) -> member.open("member").element("OutputKey", key).element("OutputValue", value).close("member"));
            member.close("Outputs");
        }
        member.open("Capabilities").element("member", "CAPABILITY_IAM").close("Capabilities").close("member");
        return result("DescribeStacks", Xml.fragment().open("Stacks").raw(member).close("Stacks"));
    }

    private FakeResponse createChangeSet(Map<String, String> request) {
        String name = request.get("StackName");
        String changeSetName = request.get("ChangeSetName");
        String type = request.getOrDefault("ChangeSetType", "UPDATE");
        Optional<FakeStack> existing = live(name);
        FakeStack stack;
        if (type.equals("CREATE")) {
            if (existing.isPresent() && !existing.get().status.equals("REVIEW_IN_PROGRESS")) {
                return error("ValidationError", "Stack [" + name + "] already exists and cannot be created again with the changeSet [" + changeSetName + "].");
            }
            stack = existing.orElseGet(() -> {
                FakeStack made = newStack(name, "REVIEW_IN_PROGRESS");
                made.addEvent(name, "AWS::CloudFormation::Stack", "REVIEW_IN_PROGRESS", "User Initiated", tick());
                return made;
            });
        } else {
            if (existing.isEmpty() || existing.get().status.equals("REVIEW_IN_PROGRESS")) {
                return error("ValidationError", "Stack [" + name + "] does not exist");
            }
            stack = existing.get();
        }
        String id = "arn:aws:cloudformation:" + region + ":" + ACCOUNT + ":changeSet/" + changeSetName + "/" + UUID.randomUUID();
        changeSets.put(id, new ChangeSet(id, changeSetName, type, stack, nextChangeSetFailure, tick()));
        nextChangeSetFailure = null;
        return result("CreateChangeSet", Xml.fragment().element("Id", id).element("StackId", stack.id));
    }

    private FakeResponse describeChangeSet(String id) {
        ChangeSet changeSet = changeSets.get(id);
        if (changeSet == null) {
            return error("ChangeSetNotFound", "ChangeSet [" + id + "] does not exist");
        }
        boolean ready = changeSet.describedBefore;
        changeSet.describedBefore = true;
        String status = !ready ? "CREATE_IN_PROGRESS" : changeSet.failure == null ? "CREATE_COMPLETE" : "FAILED";
        Xml body = Xml.fragment()
                .element("ChangeSetName", changeSet.name)
                .element("ChangeSetId", changeSet.id)
                .element("StackId", changeSet.stack.id)
                .element("StackName", changeSet.stack.name)
                .element("Description", "Deployed by the Authgate provisioner")
                .element("CreationTime", changeSet.created)
                .element("ExecutionStatus", status.equals("CREATE_COMPLETE") ? "AVAILABLE" : "UNAVAILABLE")
                .element("Status", status)
                .element("StatusReason", ready ? changeSet.failure : null)
                .open("Capabilities").element("member", "CAPABILITY_IAM").close("Capabilities")
                .element("IncludeNestedStacks", false);
        if (status.equals("CREATE_COMPLETE")) {
            String action = changeSet.type.equals("CREATE") ? "Add" : "Modify";
            body.open("Changes");
            for (String[] resource : List.of(new String[] {"UserPool", "AWS::Cognito::UserPool"},
                    new String[] {"ApiFunction", "AWS::Lambda::Function"})) {
                body.open("member").element("Type", "Resource").open("ResourceChange")
                        .element("Action", action)
                        .element("LogicalResourceId", resource[0])
                        .element("ResourceType", resource[1])
                        .element("Replacement", action.equals("Modify") ? "False" : null)
                        .open("Scope").element("member", "Properties").close("Scope")
                        .close("ResourceChange").close("member");
            }
            body.close("Changes");
        }
        return result("DescribeChangeSet", body);
    }

    private FakeResponse executeChangeSet(String id) {
        ChangeSet changeSet = changeSets.get(id);
        if (changeSet == null) {
            return error("ChangeSetNotFound", "ChangeSet [" + id + "] does not exist");
        }
        if (!changeSet.describedBefore || changeSet.failure != null) {
            return error("InvalidChangeSetStatus", "ChangeSet [" + id + "] cannot be executed in its current status");
        }
        changeSets.remove(id);
        FakeStack stack = changeSet.stack;
        String operation = changeSet.type.equals("CREATE") ? "CREATE" : "UPDATE";
        stack.begin(operation + "_IN_PROGRESS", tick());
        ResourceFailure failure = nextExecutionFailure;
        nextExecutionFailure = null;
        stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", operation + "_IN_PROGRESS", null));
        stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", operation + "_COMPLETE", null));
        if (failure == null) {
            stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", operation + "_IN_PROGRESS", null));
            stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", operation + "_COMPLETE", null));
            stack.finalStatus = operation + "_COMPLETE";
            stack.finalOutputs = outputsFor(stack);
            return result("ExecuteChangeSet", Xml.fragment());
        }
        String rollback = operation.equals("CREATE") ? "ROLLBACK" : "UPDATE_ROLLBACK";
        stack.pending.add(new PendingEvent(failure.logicalId, failure.type, operation + "_IN_PROGRESS", null));
        stack.pending.add(new PendingEvent(failure.logicalId, failure.type, operation + "_FAILED", failure.reason));
        stack.pending.add(new PendingEvent(stack.name, "AWS::CloudFormation::Stack", rollback + "_IN_PROGRESS",
                "The following resource(s) failed to " + operation.toLowerCase() + ": [" + failure.logicalId + "]. Rollback requested by user."));
        stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool",
                operation.equals("CREATE") ? "DELETE_COMPLETE" : "UPDATE_COMPLETE", null));
        stack.finalStatus = rollback + "_COMPLETE";
        stack.finalOutputs = operation.equals("CREATE") ? Map.of() : new LinkedHashMap<>(stack.outputs);
        return result("ExecuteChangeSet", Xml.fragment());
    }

    private FakeResponse deleteChangeSet(String id) {
        changeSets.remove(id);
        return result("DeleteChangeSet", Xml.fragment());
    }

    private FakeResponse deleteStack(String nameOrId) {
        Optional<FakeStack> found = find(nameOrId).filter(stack -> !stack.status.equals("DELETE_COMPLETE"));
        if (found.isPresent()) {
            FakeStack stack = found.get();
            boolean hasResources = !stack.status.equals("ROLLBACK_COMPLETE") && !stack.status.equals("REVIEW_IN_PROGRESS");
            stack.begin("DELETE_IN_PROGRESS", tick());
            if (hasResources) {
                stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", "DELETE_IN_PROGRESS", null));
                stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", "DELETE_COMPLETE", null));
            }
            stack.finalStatus = "DELETE_COMPLETE";
            stack.finalOutputs = Map.of();
        }
        // DeleteStack answers without a result element, and succeeds for a stack that is not there.
        return FakeResponse.xml(200, Xml.document().open("DeleteStackResponse", NAMESPACE)
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("DeleteStackResponse"));
    }

    private FakeResponse describeStackEvents(String nameOrId, String nextToken) {
        Optional<FakeStack> found = find(nameOrId);
        if (found.isEmpty()) {
            return error("ValidationError", "Stack [" + nameOrId + "] does not exist");
        }
        FakeStack stack = found.get();
        stack.release(2, this::tick);
        int from = nextToken == null ? 0 : Integer.parseInt(nextToken);
        List<FakeStack.Event> page = stack.events.subList(from, Math.min(stack.events.size(), from + 100));
        Xml events = Xml.fragment().open("StackEvents");
        for (FakeStack.Event event : page) {
            events.open("member")
                    .element("StackId", stack.id)
                    .element("EventId", event.id())
                    .element("StackName", stack.name)
                    .element("LogicalResourceId", event.logicalId())
                    .element("PhysicalResourceId", event.type().equals("AWS::CloudFormation::Stack") ? stack.id : event.logicalId() + "-physical")
                    .element("ResourceType", event.type())
                    .element("Timestamp", event.timestamp())
                    .element("ResourceStatus", event.status())
                    .element("ResourceStatusReason", event.reason())
                    .close("member");
        }
        events.close("StackEvents");
        if (from + 100 < stack.events.size()) {
            events.element("NextToken", String.valueOf(from + 100));
        }
        return result("DescribeStackEvents", events);
    }

    // ---- helpers

    private FakeStack newStack(String name, String status) {
        String id = "arn:aws:cloudformation:" + region + ":" + ACCOUNT + ":stack/" + name + "/" + UUID.randomUUID();
        FakeStack stack = new FakeStack(name, id, status, tick());
        stacks.add(stack);
        return stack;
    }

    private Optional<FakeStack> find(String nameOrId) {
        if (nameOrId != null && nameOrId.startsWith("arn:")) {
            return stacks.stream().filter(stack -> stack.id.equals(nameOrId)).findFirst();
        }
        return live(nameOrId);
    }

    private Optional<FakeStack> live(String name) {
        return stacks.stream().filter(stack -> stack.name.equals(name) && !stack.status.equals("DELETE_COMPLETE")).findFirst();
    }

    private Map<String, String> outputsFor(FakeStack stack) {
        String pool = region + "_Fake" + Integer.toHexString(stack.id.hashCode() & 0xfff);
        String issuer = "https://cognito-idp." + region + ".amazonaws.com/" + pool;
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("AuthApiURL", "https://a1b2c3d4e5.execute-api." + region + ".amazonaws.com/production/auth");
        outputs.put("AuthApiIssuer", issuer);
        outputs.put("AuthApiJwksUri", issuer + "/.well-known/jwks.json");
        outputs.put("UserPoolId", pool);
        outputs.put("UserPoolClientId", "4example0client0id0000000");
        return outputs;
    }

    private Instant tick() {
        clock = clock.plusSeconds(3);
        return clock;
    }

    private FakeResponse result(String action, Xml result) {
        return FakeResponse.xml(200, Xml.document().open(action + "Response", NAMESPACE)
                .open(action + "Result").raw(result).close(action + "Result")
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close(action + "Response"));
    }

    static FakeResponse error(String code, String message) {
        return FakeResponse.xml(400, Xml.document().open("ErrorResponse", NAMESPACE)
                .open("Error").element("Type", "Sender").element("Code", code).element("Message", message).close("Error")
                .element("RequestId", UUID.randomUUID())
                .close("ErrorResponse"));
    }

    private record ResourceFailure(String logicalId, String type, String reason) {
    }

    record PendingEvent(String logicalId, String type, String status, String reason) {
    }

    private static final class ChangeSet {
        final String id;
        final String name;
        final String type;
        final FakeStack stack;
        final String failure;
        final Instant created;
        boolean describedBefore;

        ChangeSet(String id, String name, String type, FakeStack stack, String failure, Instant created) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.stack = stack;
            this.failure = failure;
            this.created = created;
        }
    }

    /** A stack and its events, newest first; an operation under way keeps its coming events in {@code pending}. */
    static final class FakeStack {
        final String name;
        final String id;
        final Instant created;
        final List<Event> events = new ArrayList<>();
        final Deque<PendingEvent> pending = new ArrayDeque<>();
        final Map<String, String> outputs = new LinkedHashMap<>();
        String status;
        String reason;
        String finalStatus;
        Map<String, String> finalOutputs;

        FakeStack(String name, String id, String status, Instant created) {
            this.name = name;
            this.id = id;
            this.status = status;
            this.created = created;
        }

        void begin(String status, Instant at) {
            this.status = status;
            this.reason = null;
            addEvent(name, "AWS::CloudFormation::Stack", status, "User Initiated", at);
        }

        void addEvent(String logicalId, String type, String status, String reason, Instant at) {
            events.add(0, new Event(UUID.randomUUID().toString(), logicalId, type, status, reason, at));
        }

        /** Lets a few more events of the operation happen; the last one settles the stack. */
        void release(int count, java.util.function.Supplier<Instant> clock) {
            for (int i = 0; i < count && !pending.isEmpty(); i++) {
                PendingEvent next = pending.removeFirst();
                addEvent(next.logicalId(), next.type(), next.status(), next.reason(), clock.get());
                if (next.type().equals("AWS::CloudFormation::Stack")) {
                    status = next.status();
                    reason = next.reason();
                }
            }
            if (pending.isEmpty() && finalStatus != null) {
                status = finalStatus;
                outputs.clear();
                outputs.putAll(finalOutputs);
                finalStatus = null;
                addEvent(name, "AWS::CloudFormation::Stack", status, null, clock.get());
            }
        }

        record Event(String id, String logicalId, String type, String status, String reason, Instant timestamp) {
        }
    }
}
