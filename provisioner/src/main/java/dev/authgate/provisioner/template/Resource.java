package dev.authgate.provisioner.template;

import java.util.Objects;

/**
 * One resource of the template.
 *
 * @param type the CloudFormation type, e.g. {@code AWS::Lambda::Function}
 * @param properties its properties
 * @param retained true when neither a stack deletion nor a replacement deletes it ({@code DeletionPolicy} and
 *        {@code UpdateReplacePolicy} {@code Retain})
 */
public record Resource(String type, Properties properties, boolean retained) {

    public Resource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(properties, "properties");
    }

    public Resource(String type, Properties properties) {
        this(type, properties, false);
    }

    /** This resource, kept by CloudFormation when the stack is deleted or the resource replaced. */
    public Resource retain() {
        return new Resource(type, properties, true);
    }
}
