package dev.authgate.provisioner.template;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CloudFormation template: its parameters, resources and outputs, checked as they are added (logical ids
 * well formed and unique, every reference naming something the template declares) and written as JSON.
 */
public final class Template {

    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String description;
    private final Map<String, Parameter> parameters;
    private final Map<String, Resource> resources;
    private final Map<String, Output> outputs;

    private Template(Builder builder) {
        this.description = builder.description;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.parameters));
        this.resources = Collections.unmodifiableMap(new LinkedHashMap<>(builder.resources));
        this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(builder.outputs));
        References.check(this);
    }

    public static Builder builder(String description) {
        return new Builder(description);
    }

    public String description() {
        return description;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    public Map<String, Resource> resources() {
        return resources;
    }

    public Map<String, Output> outputs() {
        return outputs;
    }

    /** The template as a JSON tree. */
    public ObjectNode toJson() {
        return TemplateJson.write(this);
    }

    /** Indented JSON, for people and for {@code synth}. */
    public String prettyJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson());
    }

    /** JSON without spaces, as deploy sends it: every byte counts against the inline limit. */
    public byte[] compactJson() {
        return JSON.writeValueAsString(toJson()).getBytes(StandardCharsets.UTF_8);
    }

    /** Collects the parts of a template; {@link #build()} checks that its references resolve. */
    public static final class Builder {
        private final String description;
        private final Map<String, Parameter> parameters = new LinkedHashMap<>();
        private final Map<String, Resource> resources = new LinkedHashMap<>();
        private final Map<String, Output> outputs = new LinkedHashMap<>();

        private Builder(String description) {
            this.description = Objects.requireNonNull(description, "description");
        }

        public Builder parameter(String id, Parameter parameter) {
            put(parameters, id, parameter);
            return this;
        }

        public Builder resource(String id, Resource resource) {
            put(resources, id, resource);
            return this;
        }

        public Builder output(String id, Output output) {
            put(outputs, id, output);
            return this;
        }

        public Template build() {
            for (String id : parameters.keySet()) {
                if (resources.containsKey(id)) {
                    throw new IllegalStateException("'" + id + "' is both a parameter and a resource");
                }
            }
            return new Template(this);
        }

        private static <T> void put(Map<String, T> section, String id, T value) {
            if (!LOGICAL_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("A logical id is 1 to 255 letters and digits, not '" + id + "'");
            }
            if (section.putIfAbsent(id, Objects.requireNonNull(value, id)) != null) {
                throw new IllegalArgumentException("'" + id + "' is declared twice");
            }
        }
    }
}
