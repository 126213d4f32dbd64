package dev.authgate.settings;

import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the settings from a YAML file with the keys the functions' Spring configuration uses
 * ({@code authgate: mode: Passwordless ...}), for tools outside Spring such as the provisioner. Keys may be
 * written in kebab case or camel case, as Spring accepts them ({@link RelaxedKeys}).
 */
public final class SettingsFile {

    private SettingsFile() {
    }

    public static AuthgateSettings read(Path file) {
        try {
            JsonNode root = YAMLMapper.builder().build().readTree(file.toFile());
            return bind(root == null ? null : root.get("authgate"));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Cannot read the settings in " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Binds an {@code authgate} tree; a missing tree is every default. */
    public static AuthgateSettings bind(JsonNode authgate) {
        if (authgate == null || authgate.isNull() || authgate.isMissingNode()) {
            return AuthgateSettings.defaults();
        }
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try {
            return mapper.treeToValue(RelaxedKeys.canonical(authgate, AuthgateSettings.class, "authgate"), AuthgateSettings.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException invalid ? invalid : e;
            throw new IllegalArgumentException(cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage(), e);
        }
    }
}
