package dev.authgate.provisioner.template;

import java.util.Objects;

/** A {@code String} parameter of the template: a value only known when the stack is deployed. */
public record Parameter(String description) {

    public Parameter {
        Objects.requireNonNull(description, "description");
    }
}
