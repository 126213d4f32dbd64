package dev.authgate.contract.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the API, read from {@code openapi.yaml}. Routing, the API Gateway routes and the
 * tests all take their list of operations from here, so the document is the only place they are written.
 */
public final class OperationCatalogue {

    /** The contract as JSON, which the build writes from {@code openapi.yaml} beside it ({@link ContractDocumentWriter}). */
    public static final String DOCUMENT = "dev/authgate/contract/openapi.json";

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;
    private final List<ContractOperation> operations;
    private final Map<String, Map<String, ContractOperation>> byPathAndMethod;
    private final Set<String> passwordFields;

    private OperationCatalogue(JsonNode document) {
        this.document = document;
        this.operations = List.copyOf(readOperations(document));
        Map<String, Map<String, ContractOperation>> index = new LinkedHashMap<>();
        for (ContractOperation operation : operations) {
            index.computeIfAbsent(operation.path(), path -> new LinkedHashMap<>()).put(operation.method(), operation);
        }
        this.byPathAndMethod = Collections.unmodifiableMap(index);
        this.passwordFields = readPasswordFields(operations);
    }

    /** Reads the contract shipped in this module. */
    public static OperationCatalogue load() {
        try (InputStream in = OperationCatalogue.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("The contract " + DOCUMENT + " is not on the classpath");
            }
            return of(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + DOCUMENT, e);
        }
    }

    /** Reads a contract given as a JSON tree. */
    static OperationCatalogue of(JsonNode document) {
        return new OperationCatalogue(document);
    }

    /** The whole OpenAPI document, for tools that need more than the operations. */
    public JsonNode document() {
        return document;
    }

    /** Every operation, in the order the contract lists them. */
    public List<ContractOperation> operations() {
        return operations;
    }

    /** The operations that satisfy the filter, in contract order. */
    public List<ContractOperation> operations(Predicate<ContractOperation> filter) {
        return operations.stream().filter(filter).toList();
    }

    public Optional<ContractOperation> operation(String id) {
        return operations.stream().filter(operation -> operation.id().equals(id)).findFirst();
    }

    /**
     * The names an operation is known by, each with the primary operation it stands for: every primary
     * operationId ({@code signUp}, {@code getUser}, ...), and the name cognito-gateway gave each route of its
     * surface ({@code signUpConfirm}, {@code userGet}, ...), where it differs.
     */
    public Map<String, String> operationNames() {
        Map<String, String> names = new TreeMap<>();
        for (ContractOperation operation : operations) {
            names.putIfAbsent(operation.adapts(), operation.adapts());
            operation.cognitoGatewayName().ifPresent(name -> {
                String earlier = names.putIfAbsent(name, operation.adapts());
                if (earlier != null && !earlier.equals(operation.adapts())) {
                    throw new IllegalStateException("The contract gives the name " + name + " to both " + earlier
                            + " and " + operation.adapts());
                }
            });
        }
        return Collections.unmodifiableMap(names);
    }

    /**
     * The request fields that hold a password ({@code format: password} in their schema), in any operation's body:
     * the fields hooks do not see unless their operation says so ({@link #hooksSeePassword(String)}).
     */
    public Set<String> passwordFields() {
        return passwordFields;
    }

    /**
     * Whether the hooks of a primary operation see the password fields of its requests and of the requests of the
     * routes that adapt it ({@code x-authgate-hooks-see-password}).
     */
    public boolean hooksSeePassword(String primaryOperation) {
        return operation(primaryOperation).map(ContractOperation::hooksSeePassword).orElse(false);
    }

    /** The HTTP methods of the contract's routes, upper case. */
    public Set<String> methods() {
        return operations.stream().map(ContractOperation::method).collect(Collectors.toUnmodifiableSet());
    }

    /** Finds the operation for a request among the operations the filter lets through. */
    public RouteMatch match(String method, String path, Predicate<ContractOperation> served) {
        Map<String, ContractOperation> methods = byPathAndMethod.getOrDefault(path, Map.of());
        Set<String> allowed = new TreeSet<>();
        for (ContractOperation operation : methods.values()) {
            if (served.test(operation)) {
                if (operation.method().equalsIgnoreCase(method)) {
                    return new RouteMatch.Found(operation);
                }
                allowed.add(operation.method());
            }
        }
        return allowed.isEmpty() ? new RouteMatch.NotFound() : new RouteMatch.MethodNotAllowed(allowed);
    }

    /** Resolves a local {@code $ref} such as {@code #/components/schemas/Username}. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current.has("$ref"); depth++) {
            if (depth > 32) {
                throw new IllegalStateException("Reference chain too deep at " + schema);
            }
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local references are supported: " + ref);
            }
            current = document.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("Unresolvable reference " + ref);
            }
        }
        return current;
    }

    private List<ContractOperation> readOperations(JsonNode document) {
        List<ContractOperation> result = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (HTTP_METHODS.contains(entry.getKey())) {
                    result.add(readOperation(path.getKey(), entry.getKey(), entry.getValue()));
                }
            }
        }
        return result;
    }

    private ContractOperation readOperation(String path, String method, JsonNode node) {
        String id = required(node, "operationId", path);
        Set<String> modes = new LinkedHashSet<>();
        node.path("x-authgate-modes").forEach(mode -> modes.add(mode.asString()));
        Optional<JsonNode> requestSchema = Optional.ofNullable(node.get("requestBody"))
                .map(this::resolve)
                .map(body -> resolve(body.path("content").path("application/json").path("schema")));
        boolean hooksSeePassword = node.path("x-authgate-hooks-see-password").asBoolean(false);
        String adapts = node.path("x-authgate-operation").asString(id);
        if (hooksSeePassword && !adapts.equals(id)) {
            throw new IllegalStateException("The contract's operation " + id + " has x-authgate-hooks-see-password, which "
                    + "belongs on the operation it adapts, " + adapts + ": the hooks of both run as " + adapts + "'s");
        }
        return new ContractOperation(
                id,
                method.toUpperCase(java.util.Locale.ROOT),
                path,
                node.path("tags").path(0).asString("auth"),
                adapts,
                bearer(node.path("security")),
                modes,
                requestSchema,
                Optional.ofNullable(node.get("x-cognito-gateway-name")).map(JsonNode::asString),
                node.path("x-cognito-gateway-required").valueStream().map(JsonNode::asString).toList(),
                hooksSeePassword);
    }

    /**
     * The top-level fields of the request bodies whose schema, once resolved, is a password. Hooks are shown a body
     * without these fields, so a password deeper in a body would reach them: the contract may not have one.
     */
    private Set<String> readPasswordFields(List<ContractOperation> operations) {
        Set<String> fields = new TreeSet<>();
        for (ContractOperation operation : operations) {
            operation.requestSchema().ifPresent(schema -> schema.path("properties").properties().forEach(field -> {
                JsonNode value = resolve(field.getValue());
                if (isPassword(value)) {
                    fields.add(field.getKey());
                }
                refuseNestedPasswords(operation.id() + "." + field.getKey(), value, 0);
            }));
        }
        return Collections.unmodifiableSet(fields);
    }

    private void refuseNestedPasswords(String where, JsonNode schema, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("The request schema at " + where + " nests too deep");
        }
        List<Map.Entry<String, JsonNode>> nested = new ArrayList<>(schema.path("properties").properties());
        nested.add(Map.entry("[]", schema.path("items")));
        nested.add(Map.entry("*", schema.path("additionalProperties")));
        for (Map.Entry<String, JsonNode> entry : nested) {
            if (entry.getValue().isObject()) {
                JsonNode value = resolve(entry.getValue());
                String path = where + "." + entry.getKey();
                if (isPassword(value)) {
                    throw new IllegalStateException("The request field " + path + " is a password below the top level of"
                            + " its body, where hooks would see it: make it a field of the body itself");
                }
                refuseNestedPasswords(path, value, depth + 1);
            }
        }
    }

    private static boolean isPassword(JsonNode schema) {
        return "password".equals(schema.path("format").asString(""));
    }

    private static ContractOperation.Bearer bearer(JsonNode security) {
        boolean bearer = false;
        boolean anonymous = false;
        for (JsonNode requirement : security) {
            bearer |= requirement.has("bearer");
            anonymous |= requirement.isEmpty();
        }
        if (!bearer) {
            return ContractOperation.Bearer.NONE;
        }
        return anonymous ? ContractOperation.Bearer.OPTIONAL : ContractOperation.Bearer.REQUIRED;
    }

    private static String required(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.asString().isBlank()) {
            throw new IllegalStateException("The contract's operation at " + path + " has no " + field);
        }
        return value.asString();
    }
}
