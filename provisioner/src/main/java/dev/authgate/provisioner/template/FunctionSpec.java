package dev.authgate.provisioner.template;

import java.util.List;
import java.util.Objects;

import dev.authgate.provisioner.template.PolicyDocument.Statement;

/**
 * What one Lambda function of the stack is: the resources {@link LambdaFunction} makes for it follow from this.
 *
 * @param prefix the start of its resources' logical ids ({@link StackIds#API}, {@link StackIds#TRIGGER})
 * @param handler the handler method in the artifact
 * @param description what it does, for the console
 * @param configuration the value of {@code SPRING_APPLICATION_JSON}, a string or a function giving one
 * @param statements what its role may do besides writing its own logs
 * @param reservedConcurrency how many instances of it may run at once (and are kept for it), or null for no cap
 */
public record FunctionSpec(String prefix, String handler, String description, Object configuration,
        List<Statement> statements, Integer reservedConcurrency) {

    public FunctionSpec {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(configuration, "configuration");
        statements = List.copyOf(statements);
    }
}
