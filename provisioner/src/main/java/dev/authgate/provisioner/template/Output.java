package dev.authgate.provisioner.template;

import java.util.Objects;

/**
 * An output of the stack.
 *
 * @param description what it is
 * @param value a string or a function giving one
 */
public record Output(String description, Object value) {

    public Output {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
    }
}
