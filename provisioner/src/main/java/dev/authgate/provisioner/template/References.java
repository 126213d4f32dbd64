package dev.authgate.provisioner.template;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that every {@code Ref}, {@code Fn::GetAtt} and {@code ${...}} of a template names something it declares. */
final class References {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private References() {
    }

    static void check(Template template) {
        Set<String> referable = new HashSet<>(template.parameters().keySet());
        referable.addAll(template.resources().keySet());
        Set<String> resources = template.resources().keySet();
        Consumer<Object> checker = value -> {
            if (value instanceof Fn.Ref ref) {
                require(ref.target().startsWith("AWS::") || referable.contains(ref.target()), ref);
            } else if (value instanceof Fn.GetAtt getAtt) {
                require(resources.contains(getAtt.resource()), getAtt);
            } else if (value instanceof Fn.Sub sub) {
                Matcher names = SUBSTITUTION.matcher(sub.text());
                while (names.find()) {
                    String name = names.group(1);
                    require(name.startsWith("AWS::") || referable.contains(name)
                            || resources.contains(name.substring(0, Math.max(0, name.indexOf('.')))), sub);
                }
            }
        };
        template.resources().values().forEach(resource -> visit(resource.properties(), checker));
        template.outputs().values().forEach(output -> visit(output.value(), checker));
    }

    private static void require(boolean resolved, Fn function) {
        if (!resolved) {
            throw new IllegalStateException("The template refers to something it does not declare: " + function);
        }
    }

    private static void visit(Object value, Consumer<Object> visitor) {
        visitor.accept(value);
        if (value instanceof List<?> list) {
            list.forEach(item -> visit(item, visitor));
        } else if (value instanceof Properties properties) {
            properties.asMap().values().forEach(item -> visit(item, visitor));
        } else if (value instanceof PolicyDocument document) {
            visit(document.toProperties(), visitor);
        } else if (value instanceof Fn.Join join) {
            join.parts().forEach(item -> visit(item, visitor));
        }
    }
}
