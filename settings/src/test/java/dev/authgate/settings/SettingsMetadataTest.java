package dev.authgate.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The build publishes every {@code authgate.*} setting as Spring Boot configuration metadata, for IDEs. */
class SettingsMetadataTest {

    @Test
    void everySettingIsInTheGeneratedMetadataWithItsTypeAndADescription() throws IOException {
        Map<String, JsonNode> published = metadata();

        List<String> settings = settings("authgate", AuthgateSettings.class);

        assertThat(published.keySet()).containsAll(settings);
        assertThat(settings).allSatisfy(name -> {
            assertThat(published.get(name).path("type").asString("")).as(name).isNotEmpty();
            assertThat(published.get(name).path("description").asString("")).as(name).isNotBlank();
        });
    }

    /** The property names of a settings record, found from its components the way Spring binds them. */
    private static List<String> settings(String prefix, Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
            if (component.getType().isRecord()) {
                names.addAll(settings(name, component.getType()));
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static Map<String, JsonNode> metadata() throws IOException {
        try (InputStream in = AuthgateSettings.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<JsonNode> properties = new ArrayList<>();
            root.path("properties").forEach(properties::add);
            return properties.stream().collect(Collectors.toMap(property -> property.path("name").asString(), Function.identity()));
        }
    }
}
