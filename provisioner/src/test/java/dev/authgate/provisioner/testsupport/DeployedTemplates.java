package dev.authgate.provisioner.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.template.StackTemplate;
import dev.authgate.provisioner.template.Template;
import dev.authgate.settings.AuthgateSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Templates as a stack already runs them, for {@link FakeCloudFormation#withStack(String, String, String)}. */
public final class DeployedTemplates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeployedTemplates() {
    }

    /** The default settings' template as Authgate deployed it before it kept user pools. */
    public static String legacy() {
        return legacy(StackTemplate.synthesize(AuthgateSettings.defaults(), OperationCatalogue.load()));
    }

    public static String of(Template template) {
        return new String(template.compactJson(), StandardCharsets.UTF_8);
    }

    /** The template as Authgate deployed it before it kept user pools: no deletion protection, no retain policies. */
    public static String legacy(Template template) {
        ObjectNode root = (ObjectNode) JSON.readTree(template.compactJson());
        ObjectNode pool = (ObjectNode) root.path("Resources").path("UserPool");
        pool.remove(List.of("DeletionPolicy", "UpdateReplacePolicy"));
        ((ObjectNode) pool.path("Properties")).remove("DeletionProtection");
        return root.toString();
    }

    public static JsonNode read(String template) {
        return JSON.readTree(template);
    }
}
