package dev.authgate.provisioner.deploy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import dev.authgate.provisioner.ProvisionerException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template a stack runs now, as CloudFormation keeps it, and the user pool's fate in it: whether CloudFormation
 * keeps the pool when the stack is deleted or the pool replaced, and whether Cognito refuses to delete it.
 */
final class DeployedTemplate {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode root;

    private DeployedTemplate(ObjectNode root) {
        this.root = root;
    }

    static DeployedTemplate of(CloudFormationClient cloudFormation, String stackId) {
        String body = cloudFormation.getTemplate(request -> request.stackName(stackId).templateStage(TemplateStage.ORIGINAL))
                .templateBody();
        try {
            if (JSON.readTree(body) instanceof ObjectNode root) {
                return new DeployedTemplate(root);
            }
        } catch (JacksonException e) {
            // Reported below: a template Authgate did not write.
        }
        throw new ProvisionerException("the stack " + stackId + " runs a template that is not Authgate's JSON: "
                + "change its user pool's DeletionPolicy in the CloudFormation console instead");
    }

    /** The logical id of the stack's user pool, if it has one. */
    Optional<String> userPoolId() {
        for (Map.Entry<String, JsonNode> resource : root.path("Resources").properties()) {
            if (PoolReplacement.USER_POOL.equals(resource.getValue().path("Type").asString(""))) {
                return Optional.of(resource.getKey());
            }
        }
        return Optional.empty();
    }

    /** True when the pool survives a replacement: the old one is kept with its users. */
    boolean poolRetainedOnReplace() {
        return pool().map(pool -> "Retain".equals(pool.path("UpdateReplacePolicy").asString(""))).orElse(false);
    }

    /** True when deleting the stack keeps the pool, and Cognito refuses to delete it. */
    boolean poolKept() {
        return pool().map(pool -> "Retain".equals(pool.path("DeletionPolicy").asString(""))
                && "ACTIVE".equals(pool.path("Properties").path("DeletionProtection").asString(""))).orElse(true);
    }

    /** True when deleting the stack deletes the pool with it. */
    boolean poolDeletedWithStack() {
        return pool().map(pool -> !"Retain".equals(pool.path("DeletionPolicy").asString(""))
                && !"ACTIVE".equals(pool.path("Properties").path("DeletionProtection").asString(""))).orElse(true);
    }

    /**
     * This template with the pool kept (deletion protection on, retained on delete and replace) or given up (deletion
     * protection off, deleted with the stack). Nothing else changes, so a change set of it touches the pool alone.
     */
    byte[] withPool(boolean kept) {
        ObjectNode copy = root.deepCopy();
        String id = userPoolId().orElseThrow();
        ObjectNode pool = (ObjectNode) copy.path("Resources").path(id);
        pool.put("DeletionPolicy", kept ? "Retain" : "Delete");
        pool.put("UpdateReplacePolicy", "Retain");
        JsonNode properties = pool.path("Properties");
        (properties instanceof ObjectNode object ? object : pool.putObject("Properties"))
                .put("DeletionProtection", kept ? "ACTIVE" : "INACTIVE");
        return JSON.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8);
    }

    private Optional<JsonNode> pool() {
        return userPoolId().map(id -> root.path("Resources").path(id));
    }
}
