package dev.authgate.emulator.internal.state;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * How a pool was configured at creation. {@code lambdaConfig} is kept exactly as given so that the
 * trigger support planned next can read the function ARNs from it.
 */
public record PoolSettings(
        PasswordPolicy passwordPolicy,
        List<String> usernameAttributes,
        boolean caseSensitive,
        List<SchemaAttribute> schema,
        List<String> autoVerifiedAttributes,
        JsonNode lambdaConfig,
        boolean allowAdminCreateUserOnly,
        List<String> recoveryMechanisms,
        List<String> attributesRequireVerificationBeforeUpdate,
        boolean confirmsEmailByLink) {

    public PoolSettings {
        usernameAttributes = List.copyOf(usernameAttributes);
        schema = List.copyOf(schema);
        autoVerifiedAttributes = List.copyOf(autoVerifiedAttributes);
        recoveryMechanisms = List.copyOf(recoveryMechanisms);
        // absent from the state files of pools made before the setting existed
        attributesRequireVerificationBeforeUpdate = attributesRequireVerificationBeforeUpdate == null
                ? List.of() : List.copyOf(attributesRequireVerificationBeforeUpdate);
    }

    public Optional<SchemaAttribute> attribute(String name) {
        return schema.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }

    /** True when a change of this email or phone number waits for its code, the old value staying in force until then. */
    public boolean verifiesBeforeUpdate(String contactAttribute) {
        return attributesRequireVerificationBeforeUpdate.contains(contactAttribute);
    }

    /** True when users sign up with an email or phone number and get a generated username. */
    public boolean usesUsernameAttributes() {
        return !usernameAttributes.isEmpty();
    }
}
