package dev.authgate.provisioner.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.authgate.settings.AuthgateSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The functions' configuration: the {@code authgate.*} settings as the JSON Spring Boot reads from
 * {@code SPRING_APPLICATION_JSON}. One JSON value rather than one variable per property, because environment
 * variable names cannot carry map keys such as role names.
 */
final class FunctionConfiguration {

    private static final JsonMapper SETTINGS_JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final Pattern REFERENCE = Pattern.compile("<<ref:(\\d+)>>");

    private FunctionConfiguration() {
    }

    /** Everything the API serves with, and the pool and client it fronts. */
    static Fn api(AuthgateSettings settings) {
        Placeholders placeholders = new Placeholders();
        ObjectNode authgate = settingsTree(settings);
        authgate.remove("deployment");
        authgate.set("cognito", authgate.objectNode()
                .put("region", placeholders.to(Fn.REGION))
                .put("user-pool-id", placeholders.to(Fn.ref(StackIds.USER_POOL)))
                .put("client-id", placeholders.to(Fn.ref(StackIds.USER_POOL_CLIENT)))
                .put("timeout-millis", settings.cognito().timeoutMillis()));
        return placeholders.join(authgate);
    }

    /**
     * What the triggers decide with: the mode, the roles, the SMS limits and (Passwordless) the table that counts the
     * codes sent and the key the codes are hashed with. Not the pool or client id: the pool
     * names the trigger, so the trigger cannot name the pool; each trigger event carries the pool's id instead.
     */
    static Fn trigger(AuthgateSettings settings) {
        Placeholders placeholders = new Placeholders();
        ObjectNode all = settingsTree(settings);
        ObjectNode authgate = all.objectNode();
        for (String kept : List.of("mode", "roles", "require-role", "sms")) {
            authgate.set(kept, all.get(kept));
        }
        if (settings.mode().signsInWithSmsCode()) {
            ((ObjectNode) authgate.get("sms"))
                    .put("quota-table", placeholders.to(Fn.ref(StackIds.SMS_QUOTA_TABLE)))
                    // CloudFormation puts the secret's value in; it is in no template, output or log.
                    .put("code-key", placeholders.to(Fn.sub("{{resolve:secretsmanager:${" + StackIds.SIGN_IN_CODE_KEY + "}:SecretString}}")));
        }
        authgate.set("cognito", authgate.objectNode()
                .put("region", placeholders.to(Fn.REGION))
                .put("timeout-millis", settings.cognito().timeoutMillis()));
        return placeholders.join(authgate);
    }

    /**
     * The settings as the functions read them, without a code key the settings file may give: a template is no place
     * for a secret, and on AWS the key is the stack's generated one.
     */
    private static ObjectNode settingsTree(AuthgateSettings settings) {
        ObjectNode tree = SETTINGS_JSON.valueToTree(settings);
        ((ObjectNode) tree.path("sms")).remove("code-key");
        sortStringLists(tree);
        return tree;
    }

    /**
     * The settings' lists of strings are sets (surfaces, sign-up methods, CORS origins, ...): sorting them keeps the
     * template the same from one synth to the next, so an unchanged configuration deploys as "no changes".
     */
    private static void sortStringLists(JsonNode node) {
        if (node instanceof ArrayNode array && array.valueStream().allMatch(JsonNode::isString)) {
            List<String> sorted = array.valueStream().map(JsonNode::asString).sorted().toList();
            array.removeAll();
            sorted.forEach(array::add);
        }
        node.forEach(FunctionConfiguration::sortStringLists);
    }

    /** Stands in for values only CloudFormation knows, then splices them into the JSON text. */
    private static final class Placeholders {
        private final List<Fn> functions = new ArrayList<>();

        String to(Fn function) {
            functions.add(function);
            return "<<ref:" + (functions.size() - 1) + ">>";
        }

        Fn join(ObjectNode authgate) {
            ObjectNode root = authgate.objectNode();
            root.set("authgate", authgate);
            String json = SETTINGS_JSON.writeValueAsString(root);
            List<Object> parts = new ArrayList<>();
            Matcher placeholders = REFERENCE.matcher(json);
            int from = 0;
            int found = 0;
            while (placeholders.find()) {
                parts.add(json.substring(from, placeholders.start()));
                parts.add(functions.get(Integer.parseInt(placeholders.group(1))));
                from = placeholders.end();
                found++;
            }
            if (found != functions.size()) {
                throw new IllegalStateException("The settings contain text that looks like a placeholder: " + json);
            }
            parts.add(json.substring(from));
            return new Fn.Join("", parts);
        }
    }
}
