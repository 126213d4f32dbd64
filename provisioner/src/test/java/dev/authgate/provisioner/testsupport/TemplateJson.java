package dev.authgate.provisioner.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.template.StackTemplate;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A synthesized template read back from its JSON, as CloudFormation reads it, with questions tests ask of it. */
public final class TemplateJson {

    private static final OperationCatalogue CATALOGUE = OperationCatalogue.load();

    private final JsonNode root;

    private TemplateJson(JsonNode root) {
        this.root = root;
    }

    public static TemplateJson synthesize(AuthgateSettings settings) {
        return new TemplateJson(JsonMapper.builder().build().readTree(
                StackTemplate.synthesize(settings, CATALOGUE).prettyJson()));
    }

    public static TemplateJson synthesize(AuthMode mode, Set<String> surfaces) {
        return synthesize(AuthgateSettings.defaults().withMode(mode).withSurfaces(surfaces));
    }

    public JsonNode root() {
        return root;
    }

    public JsonNode resource(String id) {
        JsonNode resource = root.path("Resources").path(id);
        if (resource.isMissingNode()) {
            throw new AssertionError("The template has no resource " + id + "; it has " + root.path("Resources").propertyNames());
        }
        return resource;
    }

    public JsonNode properties(String id) {
        return resource(id).path("Properties");
    }

    /** The resources of a type, by logical id. */
    public Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        root.path("Resources").properties().forEach(entry -> {
            if (entry.getValue().path("Type").asString().equals(type)) {
                found.put(entry.getKey(), entry.getValue());
            }
        });
        return found;
    }

    /** Every statement granted to a role: its inline policies and the policies that name it. */
    public List<JsonNode> statementsOf(String roleId) {
        List<JsonNode> statements = new ArrayList<>();
        properties(roleId).path("Policies").forEach(policy -> policy.path("PolicyDocument").path("Statement").forEach(statements::add));
        resourcesOfType("AWS::IAM::Policy").values().forEach(policy -> {
            boolean attached = false;
            for (JsonNode role : policy.path("Properties").path("Roles")) {
                attached |= role.path("Ref").asString().equals(roleId);
            }
            if (attached) {
                policy.path("Properties").path("PolicyDocument").path("Statement").forEach(statements::add);
            }
        });
        return statements;
    }

    /** Each action granted to a role, with the resource it is granted on. */
    public Map<String, JsonNode> grantsOf(String roleId) {
        Map<String, JsonNode> grants = new LinkedHashMap<>();
        for (JsonNode statement : statementsOf(roleId)) {
            actions(statement).forEach(action -> grants.put(action, statement.path("Resource")));
        }
        return grants;
    }

    /** Every statement of every policy in the template, trust policies included. */
    public List<JsonNode> allStatements() {
        List<JsonNode> statements = new ArrayList<>();
        collectStatements(root.path("Resources"), statements);
        return statements;
    }

    public static List<String> actions(JsonNode statement) {
        JsonNode action = statement.path("Action");
        if (action.isString()) {
            return List.of(action.asString());
        }
        List<String> actions = new ArrayList<>();
        action.forEach(item -> actions.add(item.asString()));
        return actions;
    }

    private static void collectStatements(JsonNode node, List<JsonNode> statements) {
        if (node.isObject() && node.has("Statement")) {
            node.path("Statement").forEach(statements::add);
        }
        node.forEach(child -> collectStatements(child, statements));
    }
}
