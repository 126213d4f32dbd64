package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.PasswordPolicy;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.SchemaAttribute;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A pool as Cognito describes it: in full ({@code UserPoolType}) or as a list entry. */
final class PoolJson {
    private PoolJson() {
    }

    static ObjectNode summary(UserPool pool) {
        ObjectNode json = Json.object().put("Id", pool.id()).put("Name", pool.name());
        json.set("LambdaConfig", pool.settings().lambdaConfig());
        json.put("LastModifiedDate", Json.epochSeconds(pool.created()));
        json.put("CreationDate", Json.epochSeconds(pool.created()));
        return json;
    }

    static ObjectNode full(UserPool pool) {
        PoolSettings settings = pool.settings();
        ObjectNode json = summary(pool).put("Arn", pool.arn());
        json.putObject("Policies").set("PasswordPolicy", passwordPolicy(settings.passwordPolicy()));
        json.set("SchemaAttributes", schema(settings));
        json.set("AutoVerifiedAttributes", strings(settings.autoVerifiedAttributes()));
        if (settings.usesUsernameAttributes()) {
            json.set("UsernameAttributes", strings(settings.usernameAttributes()));
        }
        json.putObject("UsernameConfiguration").put("CaseSensitive", settings.caseSensitive());
        json.putObject("AdminCreateUserConfig").put("AllowAdminCreateUserOnly", settings.allowAdminCreateUserOnly());
        if (!settings.recoveryMechanisms().isEmpty()) {
            ArrayNode mechanisms = json.putObject("AccountRecoverySetting").putArray("RecoveryMechanisms");
            for (int i = 0; i < settings.recoveryMechanisms().size(); i++) {
                mechanisms.addObject().put("Priority", i + 1).put("Name", settings.recoveryMechanisms().get(i));
            }
        }
        if (!settings.attributesRequireVerificationBeforeUpdate().isEmpty()) {
            json.putObject("UserAttributeUpdateSettings")
                    .set("AttributesRequireVerificationBeforeUpdate", strings(settings.attributesRequireVerificationBeforeUpdate()));
        }
        json.putObject("VerificationMessageTemplate")
                .put("DefaultEmailOption", settings.confirmsEmailByLink() ? "CONFIRM_WITH_LINK" : "CONFIRM_WITH_CODE");
        json.put("MfaConfiguration", pool.mfa().configuration());
        json.put("EstimatedNumberOfUsers", pool.userCount());
        return json;
    }

    private static ObjectNode passwordPolicy(PasswordPolicy policy) {
        return Json.object()
                .put("MinimumLength", policy.minimumLength())
                .put("RequireUppercase", policy.requireUppercase())
                .put("RequireLowercase", policy.requireLowercase())
                .put("RequireNumbers", policy.requireNumbers())
                .put("RequireSymbols", policy.requireSymbols())
                .put("TemporaryPasswordValidityDays", policy.temporaryPasswordValidityDays());
    }

    private static ArrayNode schema(PoolSettings settings) {
        ArrayNode list = Json.array();
        for (SchemaAttribute attribute : settings.schema()) {
            list.addObject()
                    .put("Name", attribute.name())
                    .put("AttributeDataType", attribute.dataType())
                    .put("DeveloperOnlyAttribute", false)
                    .put("Mutable", attribute.mutable())
                    .put("Required", attribute.required());
        }
        return list;
    }

    static ArrayNode strings(Iterable<String> values) {
        ArrayNode list = Json.array();
        values.forEach(list::add);
        return list;
    }
}
