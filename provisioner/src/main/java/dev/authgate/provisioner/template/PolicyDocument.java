package dev.authgate.provisioner.template;

import java.util.List;
import java.util.Objects;

/** An IAM policy document: who may do which actions on what. */
public record PolicyDocument(List<Statement> statements) {

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    public static PolicyDocument of(Statement... statements) {
        return new PolicyDocument(List.of(statements));
    }

    /** The document as CloudFormation writes it. */
    Properties toProperties() {
        return Properties.of()
                .with("Version", "2012-10-17")
                .with("Statement", statements.stream().map(Statement::toProperties).toList());
    }

    /**
     * One allowing statement.
     *
     * @param actions the actions, never a wildcard
     * @param resource what they act on (an ARN, a function giving one, or {@code *} where IAM offers nothing finer);
     *     null in a trust policy
     * @param principalService the service that may assume a role; null in a permission policy
     * @param condition the condition block, or null
     */
    public record Statement(List<String> actions, Object resource, String principalService, Properties condition) {

        public Statement {
            actions = List.copyOf(actions);
            if (actions.isEmpty()) {
                throw new IllegalArgumentException("A statement needs at least one action");
            }
            for (String action : actions) {
                if (action.contains("*")) {
                    throw new IllegalArgumentException("Actions are named one by one, never with a wildcard: " + action);
                }
            }
        }

        /** Allows the actions on the resource. */
        public static Statement allow(Object resource, String... actions) {
            return new Statement(List.of(actions), Objects.requireNonNull(resource, "resource"), null, null);
        }

        /** Lets a service assume the role, on the condition given (or none). */
        public static Statement assumedBy(String service, Properties condition) {
            return new Statement(List.of("sts:AssumeRole"), null, service, condition);
        }

        Properties toProperties() {
            return Properties.of()
                    .with("Effect", "Allow")
                    .with("Principal", principalService == null ? null : Properties.of().with("Service", principalService))
                    .with("Action", actions)
                    .with("Resource", resource)
                    .with("Condition", condition);
        }
    }
}
