package dev.authgate.provisioner.template;

import java.util.List;
import java.util.Objects;

/** CloudFormation's intrinsic functions, as values a property, an output or another function can hold. */
public sealed interface Fn {

    /** The pseudo parameters the stack uses. */
    Ref REGION = new Ref("AWS::Region");
    Ref STACK_ID = new Ref("AWS::StackId");

    /** {@code Ref}: a parameter's value, a resource's primary id, or a pseudo parameter. */
    record Ref(String target) implements Fn {
        public Ref {
            Objects.requireNonNull(target, "target");
        }
    }

    /** {@code Fn::GetAtt}: one attribute of a resource. */
    record GetAtt(String resource, String attribute) implements Fn {
        public GetAtt {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /**
     * {@code Fn::Sub} over a short string whose {@code ${Name}} and {@code ${Name.Attribute}} parts name
     * parameters, resources or pseudo parameters. Values that come from configuration never go through it: they
     * go into a {@link Join}, where nothing in them is interpreted.
     */
    record Sub(String text) implements Fn {
        public Sub {
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code Fn::Join}: the parts, literal strings or other functions, joined by the delimiter. */
    record Join(String delimiter, List<Object> parts) implements Fn {
        public Join {
            Objects.requireNonNull(delimiter, "delimiter");
            parts = List.copyOf(parts);
        }
    }

    static Ref ref(String target) {
        return new Ref(target);
    }

    static GetAtt arn(String resource) {
        return new GetAtt(resource, "Arn");
    }

    static Sub sub(String text) {
        return new Sub(text);
    }

    static Join concat(Object... parts) {
        return new Join("", List.of(parts));
    }
}
