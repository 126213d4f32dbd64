package dev.authgate.provisioner.template;

import java.util.Objects;

/**
 * One resource of the template.
 *
 * @param type the CloudFormation type, e.g. {@code AWS::Lambda::Function}
 * @param properties its properties
 */
public record Resource(String type, Properties properties) {

    public Resource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(properties, "properties");
    }
}
