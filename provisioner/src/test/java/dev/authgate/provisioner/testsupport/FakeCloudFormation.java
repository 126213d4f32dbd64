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
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CloudFormation as its Query API answers (form-encoded requests, XML responses and errors in the shapes of the API
 * reference), for the calls the provisioner makes. A test sets the scene (a stack already there, what the next
 * change set or execution does, throttled calls), then reads what was asked. An operation under way releases its
 * events a few at a time, each time it is asked for them, and settles once they are all out.
 */
public final class FakeCloudFormation {

    static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    public static final String ACCOUNT = "123456789012";
    /** Small pages, so that every test with a few changes reads them through NextToken as a long change set needs. */
    public static final int CHANGES_PER_PAGE = 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";

    private final String region;
    private final List<FakeStack> stacks = new ArrayList<>();
    private final Map<String, ChangeSet> changeSets = new LinkedHashMap<>();
    private final Map<String, Integer> throttled = new HashMap<>();
    private final List<Map<String, String>> requests = new ArrayList<>();
    private String nextChangeSetFailure;
    private ResourceFailure nextExecutionFailure;
    private List<Change> nextChanges;
    private int poolsMade;
    private final List<String> retainedPools = new ArrayList<>();
    private final List<String> deletedPools = new ArrayList<>();
    private final Function<String, Optional<String>> templateAtUrl;
    private Instant clock = Instant.parse("2026-11-24T10:00:00Z");

    /**
     * @param templateAtUrl reads a template passed as {@code TemplateURL}
     */
    FakeCloudFormation(String region, Function<String, Optional<String>> templateAtUrl) {
        this.region = region;
        this.templateAtUrl = templateAtUrl;
    }

    // ---- the scene

    /** A stack made before the test, in the given status, with the outputs of a finished deploy. */
    public synchronized FakeCloudFormation withStack(String name, String status) {
        FakeStack stack = newStack(name, status);
        stack.outputs.putAll(outputsFor(stack));
        stack.addEvent(name, "AWS::CloudFormation::Stack", status, null, tick());
        return this;
    }

    /** A stack made before the test from this template, in the given status, with the outputs of a finished deploy. */
    public synchronized FakeCloudFormation withStack(String name, String status, String template) {
        withStack(name, status);
        live(name).orElseThrow().template = template;
        return this;
    }

    /**
     * The changes the next change set describes, in pages of {@link #CHANGES_PER_PAGE}; by default it adds (or, for an
     * update, modifies in place) the user pool and the API function.
     */
    public synchronized FakeCloudFormation nextChangeSetChanges(Change... changes) {
        nextChanges = List.of(changes);
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

    /** The template the live stack by that name runs. */
    public synchronized Optional<String> template(String name) {
        return live(name).map(stack -> stack.template);
    }

    /** The user pool of the live stack by that name. */
    public synchronized Optional<String> userPoolOf(String name) {
        return live(name).map(stack -> stack.poolId);
    }

    /** The user pools CloudFormation left behind, with their users, when replacing them or deleting their stack. */
    public synchronized List<String> retainedPools() {
        return List.copyOf(retainedPools);
    }

    /** The user pools CloudFormation deleted, with their users. */
    public synchronized List<String> deletedPools() {
        return List.copyOf(deletedPools);
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
            case "DescribeChangeSet" -> describeChangeSet(request.get("ChangeSetName"), request.get("NextToken"));
            case "ExecuteChangeSet" -> executeChangeSet(request.get("ChangeSetName"));
            case "DeleteChangeSet" -> deleteChangeSet(request.get("ChangeSetName"));
            case "DescribeStackEvents" -> describeStackEvents(request.get("StackName"), request.get("NextToken"));
            case "DeleteStack" -> deleteStack(request.get("StackName"));
            case "GetTemplate" -> getTemplate(request.get("StackName"));
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
        if (!stack.parameters.isEmpty()) {
            member.open("Parameters");
            stack.parameters.forEach((key, value) -> member.open("member").element("ParameterKey", key).element("ParameterValue", value).close("member"));
            member.close("Parameters");
        }
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
        String template = request.containsKey("TemplateBody") ? request.get("TemplateBody")
                : templateAtUrl.apply(request.get("TemplateURL")).orElse(null);
        if (template == null) {
            return error("ValidationError", "TemplateURL must be a supported URL.");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int n = 1; request.containsKey("Parameters.member." + n + ".ParameterKey"); n++) {
            parameters.put(request.get("Parameters.member." + n + ".ParameterKey"), request.get("Parameters.member." + n + ".ParameterValue"));
        }
        List<Change> changes = nextChanges != null ? nextChanges : defaultChanges(type);
        changeSets.put(id, new ChangeSet(id, changeSetName, type, stack, nextChangeSetFailure, tick(), template, parameters, changes));
        nextChangeSetFailure = null;
        nextChanges = null;
        return result("CreateChangeSet", Xml.fragment().element("Id", id).element("StackId", stack.id));
    }

    private FakeResponse describeChangeSet(String id, String nextToken) {
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
            int from = nextToken == null ? 0 : Integer.parseInt(nextToken);
            int to = Math.min(changeSet.changes.size(), from + CHANGES_PER_PAGE);
            body.open("Changes");
            for (Change change : changeSet.changes.subList(from, to)) {
                change.write(body, switch (change.logicalId()) {
                    case "UserPool" -> changeSet.stack.poolId;
                    case "UserPoolClient" -> changeSet.stack.outputs.get("UserPoolClientId");
                    default -> change.logicalId() + "-physical";
                });
            }
            body.close("Changes");
            if (to < changeSet.changes.size()) {
                body.element("NextToken", String.valueOf(to));
            }
        }
        return result("DescribeChangeSet", body);
    }

    private static List<Change> defaultChanges(String type) {
        return type.equals("CREATE")
                ? List.of(Change.add("UserPool", "AWS::Cognito::UserPool"), Change.add("ApiFunction", "AWS::Lambda::Function"))
                : List.of(Change.modify("UserPool", "AWS::Cognito::UserPool", "False", Detail.property("Policies", "Never")),
                        Change.modify("ApiFunction", "AWS::Lambda::Function", "False", Detail.property("Code", "Never")));
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
        boolean replacesPool = changeSet.changes.stream()
                .anyMatch(change -> change.logicalId().equals("UserPool") && "True".equals(change.replacement()));
        String oldPool = stack.poolId;
        stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", operation + "_IN_PROGRESS",
                replacesPool ? "Requested update requires the creation of a new physical resource; hence creating one." : null));
        stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", operation + "_COMPLETE", null));
        if (failure == null) {
            stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", operation + "_IN_PROGRESS", null));
            stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", operation + "_COMPLETE", null));
            if (replacesPool) {
                stack.poolId = newPoolId();
                boolean retained = "Retain".equals(poolAttribute(changeSet.template, "UpdateReplacePolicy"));
                stack.pending.add(new PendingEvent(stack.name, "AWS::CloudFormation::Stack", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null));
                stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", retained ? "DELETE_SKIPPED" : "DELETE_COMPLETE", null));
                (retained ? retainedPools : deletedPools).add(oldPool);
            }
            stack.template = changeSet.template;
            stack.parameters.clear();
            stack.parameters.putAll(changeSet.parameters);
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
            stack.finalStatus = "DELETE_COMPLETE";
            stack.finalOutputs = Map.of();
            if (hasResources) {
                stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", "DELETE_IN_PROGRESS", null));
                stack.pending.add(new PendingEvent("ApiFunction", "AWS::Lambda::Function", "DELETE_COMPLETE", null));
                if ("Retain".equals(poolAttribute(stack.template, "DeletionPolicy"))) {
                    stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", "DELETE_SKIPPED", null));
                    retainedPools.add(stack.poolId);
                } else if ("ACTIVE".equals(poolAttribute(stack.template, "DeletionProtection"))) {
                    // Cognito's DeleteUserPool refuses a pool whose deletion protection is on.
                    stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", "DELETE_IN_PROGRESS", null));
                    stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", "DELETE_FAILED",
                            "Resource handler returned message: \"The user pool " + stack.poolId + " cannot be deleted because "
                                    + "deletion protection is activated. (Service: CognitoIdentityProvider, Status Code: 400)\""));
                    stack.finalStatus = "DELETE_FAILED";
                    stack.finalOutputs = new LinkedHashMap<>(stack.outputs);
                } else {
                    stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", "DELETE_IN_PROGRESS", null));
                    stack.pending.add(new PendingEvent("UserPool", "AWS::Cognito::UserPool", "DELETE_COMPLETE", null));
                    deletedPools.add(stack.poolId);
                }
            }
        }
        // DeleteStack answers without a result element, and succeeds for a stack that is not there.
        return FakeResponse.xml(200, Xml.document().open("DeleteStackResponse", NAMESPACE)
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("DeleteStackResponse"));
    }

    private FakeResponse getTemplate(String nameOrId) {
        Optional<FakeStack> found = find(nameOrId);
        if (found.isEmpty() || found.get().template == null) {
            return error("ValidationError", "Stack with id " + nameOrId + " does not exist");
        }
        return result("GetTemplate", Xml.fragment().element("TemplateBody", found.get().template)
                .open("StagesAvailable").element("member", "Original").element("member", "Processed").close("StagesAvailable"));
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
                    .element("PhysicalResourceId", event.type().equals("AWS::CloudFormation::Stack") ? stack.id : event.physicalId())
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
        stack.poolId = newPoolId();
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
        String pool = stack.poolId;
        String issuer = "https://cognito-idp." + region + ".amazonaws.com/" + pool;
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("AuthApiURL", "https://a1b2c3d4e5.execute-api." + region + ".amazonaws.com/production/auth");
        outputs.put("AuthApiIssuer", issuer);
        outputs.put("AuthApiJwksUri", issuer + "/.well-known/jwks.json");
        outputs.put("UserPoolId", pool);
        outputs.put("UserPoolClientId", "4example0client0id0000000");
        return outputs;
    }

    private String newPoolId() {
        return region + "_FakePool" + (++poolsMade);
    }

    /** A user pool attribute ({@code DeletionPolicy}, ...) or property ({@code DeletionProtection}) in a template. */
    private static String poolAttribute(String template, String name) {
        if (template == null) {
            return null;
        }
        JsonNode pool = JSON.readTree(template).path("Resources").path("UserPool");
        JsonNode value = pool.has(name) ? pool.path(name) : pool.path("Properties").path(name);
        return value.isString() ? value.asString() : null;
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

    /** One {@code ResourceChange} of a change set, as DescribeChangeSet describes it. */
    public record Change(String action, String logicalId, String type, String replacement, List<Detail> details) {

        public static Change add(String logicalId, String type) {
            return new Change("Add", logicalId, type, null, List.of());
        }

        /** @param replacement {@code True}, {@code False} or {@code Conditional} */
        public static Change modify(String logicalId, String type, String replacement, Detail... details) {
            return new Change("Modify", logicalId, type, replacement, List.of(details));
        }

        void write(Xml xml, String physicalId) {
            xml.open("member").element("Type", "Resource").open("ResourceChange")
                    .element("Action", action)
                    .element("LogicalResourceId", logicalId)
                    .element("PhysicalResourceId", action.equals("Add") ? null : physicalId)
                    .element("ResourceType", type)
                    .element("Replacement", replacement);
            if (!details.isEmpty()) {
                xml.open("Scope");
                details.stream().map(Detail::attribute).distinct().forEach(attribute -> xml.element("member", attribute));
                xml.close("Scope").open("Details");
                for (Detail detail : details) {
                    xml.open("member")
                            .open("Target")
                            .element("Attribute", detail.attribute())
                            .element("Name", detail.name())
                            .element("RequiresRecreation", detail.requiresRecreation())
                            .close("Target")
                            .element("Evaluation", detail.evaluation())
                            .element("ChangeSource", detail.changeSource())
                            .element("CausingEntity", detail.causingEntity())
                            .close("member");
                }
                xml.close("Details");
            }
            xml.close("ResourceChange").close("member");
        }
    }

    /** One {@code ResourceChangeDetail}: what changes, whether it recreates the resource, and what caused it. */
    public record Detail(String attribute, String name, String requiresRecreation, String evaluation, String changeSource,
            String causingEntity) {

        /** A property changed in the template itself; {@code requiresRecreation} is Never, Conditionally or Always. */
        public static Detail property(String name, String requiresRecreation) {
            return new Detail("Properties", name, requiresRecreation, "Static", "DirectModification", null);
        }

        /** A property that refers to another resource, which changes when that one is replaced. */
        public static Detail reference(String name, String requiresRecreation, String resource) {
            return new Detail("Properties", name, requiresRecreation, "Dynamic", "ResourceReference", resource);
        }

        /** A change of a resource attribute such as DeletionPolicy. */
        public static Detail attribute(String attribute) {
            return new Detail(attribute, null, null, "Static", "DirectModification", null);
        }
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
        final String template;
        final Map<String, String> parameters;
        final List<Change> changes;
        boolean describedBefore;

        ChangeSet(String id, String name, String type, FakeStack stack, String failure, Instant created, String template,
                Map<String, String> parameters, List<Change> changes) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.stack = stack;
            this.failure = failure;
            this.created = created;
            this.template = template;
            this.parameters = parameters;
            this.changes = changes;
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
        final Map<String, String> parameters = new LinkedHashMap<>();
        String template;
        String poolId;
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
            events.add(0, new Event(UUID.randomUUID().toString(), logicalId, logicalId.equals("UserPool") ? poolId : logicalId + "-physical",
                    type, status, reason, at));
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

        record Event(String id, String logicalId, String physicalId, String type, String status, String reason, Instant timestamp) {
        }
    }
}
