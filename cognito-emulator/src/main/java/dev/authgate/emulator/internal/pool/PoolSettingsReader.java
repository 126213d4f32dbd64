package dev.authgate.emulator.internal.pool;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.PasswordPolicy;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.SchemaAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads and validates the configuration part of a CreateUserPool request. */
final class PoolSettingsReader {
    private static final Set<String> CONTACT_ATTRIBUTES = Set.of("email", "phone_number");
    private static final String CONFIRM_WITH_LINK = "CONFIRM_WITH_LINK";

    private PoolSettingsReader() {
    }

    static PoolSettings read(Request request) {
        List<String> autoVerified = contactAttributes(request, "AutoVerifiedAttributes");
        return new PoolSettings(
                passwordPolicy(request.nested("Policies")),
                contactAttributes(request, "UsernameAttributes"),
                // Pools created through the API without this setting compare usernames exactly.
                request.nested("UsernameConfiguration").bool("CaseSensitive").orElse(true),
                schema(request),
                autoVerified,
                lambdaConfig(request),
                request.nested("AdminCreateUserConfig").bool("AllowAdminCreateUserOnly").orElse(false),
                recoveryMechanisms(request),
                verifiedBeforeUpdate(request.nested("UserAttributeUpdateSettings"), autoVerified),
                request.nested("VerificationMessageTemplate").optional("DefaultEmailOption").map(CONFIRM_WITH_LINK::equals).orElse(false));
    }

    /** Only an attribute the pool verifies can wait for its verification, so each must be auto-verified too. */
    private static List<String> verifiedBeforeUpdate(Request settings, List<String> autoVerified) {
        List<String> attributes = contactAttributes(settings, "AttributesRequireVerificationBeforeUpdate");
        if (!autoVerified.containsAll(attributes)) {
            throw INVALID_PARAMETER.exception("All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes");
        }
        return attributes;
    }

    /** Kept verbatim for the triggers to come; only its shape, a structure, is checked. */
    private static JsonNode lambdaConfig(Request request) {
        request.nested("LambdaConfig");
        return request.raw("LambdaConfig").orElseGet(Json::object);
    }

    private static PasswordPolicy passwordPolicy(Request policies) {
        if (policies.raw("PasswordPolicy").isEmpty()) {
            return PasswordPolicy.DEFAULT;
        }
        Request policy = policies.nested("PasswordPolicy");
        int minimumLength = policy.integer("MinimumLength").orElse(8);
        if (minimumLength < 6 || minimumLength > 99) {
            throw INVALID_PARAMETER.exception("MinimumLength must be between 6 and 99.");
        }
        int temporaryDays = policy.integer("TemporaryPasswordValidityDays").orElse(7);
        if (temporaryDays < 0 || temporaryDays > 365) {
            throw INVALID_PARAMETER.exception("TemporaryPasswordValidityDays must be between 0 and 365.");
        }
        return new PasswordPolicy(
                minimumLength,
                policy.bool("RequireUppercase").orElse(false),
                policy.bool("RequireLowercase").orElse(false),
                policy.bool("RequireNumbers").orElse(false),
                policy.bool("RequireSymbols").orElse(false),
                temporaryDays);
    }

    private static List<String> contactAttributes(Request request, String member) {
        List<String> values = request.strings(member);
        for (String value : values) {
            if (!CONTACT_ATTRIBUTES.contains(value)) {
                throw INVALID_PARAMETER.exception(member + " can only contain email and phone_number, not " + value + ".");
            }
        }
        return values;
    }

    /** The standard attributes, adjusted by the request's entries, followed by its custom ones. */
    private static List<SchemaAttribute> schema(Request request) {
        List<SchemaAttribute> schema = new ArrayList<>(StandardAttributes.all());
        for (Request entry : request.structures("Schema")) {
            SchemaAttribute attribute = schemaAttribute(entry);
            schema.removeIf(existing -> existing.name().equals(attribute.name()));
            schema.add(attribute);
        }
        return schema;
    }

    private static SchemaAttribute schemaAttribute(Request entry) {
        String name = entry.required("Name");
        boolean required = entry.bool("Required").orElse(false);
        String fullName = StandardAttributes.isStandard(name) || name.startsWith("custom:") ? name : "custom:" + name;
        if (fullName.startsWith("custom:") && required) {
            throw INVALID_PARAMETER.exception("Required custom attributes are not supported currently.");
        }
        return new SchemaAttribute(fullName, entry.optional("AttributeDataType").orElse("String"), entry.bool("Mutable").orElse(true), required);
    }

    private static List<String> recoveryMechanisms(Request request) {
        return request.nested("AccountRecoverySetting").structures("RecoveryMechanisms").stream()
                .sorted(Comparator.comparing(entry -> entry.integer("Priority").orElse(Integer.MAX_VALUE)))
                .map(entry -> entry.required("Name"))
                .toList();
    }
}
