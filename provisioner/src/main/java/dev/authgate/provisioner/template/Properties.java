package dev.authgate.provisioner.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The properties of a resource, or of one of its nested property types, in the order they are written. A value is
 * a string, number, boolean, list, {@link Properties}, {@link Fn} or {@link PolicyDocument}; a null value leaves the
 * property out, so optional settings read as one line each.
 */
public final class Properties {

    private final Map<String, Object> values;

    private Properties(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Properties of() {
        return new Properties(new LinkedHashMap<>());
    }

    /** These properties and one more; a null value adds nothing. */
    public Properties with(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new Properties(copy);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Properties properties && properties.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
