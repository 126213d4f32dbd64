package dev.authgate.provisioner.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSource;
import software.amazon.awssdk.services.cloudformation.model.Replacement;
import software.amazon.awssdk.services.cloudformation.model.RequiresRecreation;
import software.amazon.awssdk.services.cloudformation.model.ResourceAttribute;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/**
 * A change of a change set that replaces the user pool (its users stay behind in the old one) or the app client
 * (every sign-in's tokens are for the old one).
 *
 * @param physicalId the pool or client being replaced
 * @param replacement {@code True} or {@code Conditional}
 * @param causes the properties that force it, each with what changed it when that is another resource or a parameter
 */
record PoolReplacement(String logicalId, String resourceType, String physicalId, String replacement, Set<String> causes) {

    static final String USER_POOL = "AWS::Cognito::UserPool";
    static final String USER_POOL_CLIENT = "AWS::Cognito::UserPoolClient";

    /** The replacements of the pool or client among the changes, the pool first. */
    static List<PoolReplacement> in(List<Change> changes) {
        return changes.stream()
                .map(Change::resourceChange)
                .filter(change -> change != null && (USER_POOL.equals(change.resourceType()) || USER_POOL_CLIENT.equals(change.resourceType())))
                .filter(change -> change.replacement() == Replacement.TRUE || change.replacement() == Replacement.CONDITIONAL)
                .map(PoolReplacement::of)
                .sorted((a, b) -> Boolean.compare(!a.isPool(), !b.isPool()))
                .toList();
    }

    private static PoolReplacement of(ResourceChange change) {
        Set<String> causes = change.details().stream()
                .filter(detail -> detail.target() != null && detail.target().attribute() == ResourceAttribute.PROPERTIES)
                .filter(detail -> detail.target().requiresRecreation() == RequiresRecreation.ALWAYS
                        || detail.target().requiresRecreation() == RequiresRecreation.CONDITIONALLY)
                .map(PoolReplacement::cause)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (causes.isEmpty()) {
            change.scopeAsStrings().forEach(causes::add);
        }
        return new PoolReplacement(change.logicalResourceId(), change.resourceType(), change.physicalResourceId(),
                change.replacementAsString(), causes);
    }

    private static String cause(ResourceChangeDetail detail) {
        String property = detail.target().name();
        boolean fromElsewhere = detail.causingEntity() != null && detail.changeSource() != ChangeSource.DIRECT_MODIFICATION;
        return fromElsewhere ? property + " (from " + detail.causingEntity() + ")" : property;
    }

    boolean isPool() {
        return USER_POOL.equals(resourceType);
    }

    /** E.g. {@code the user pool UserPool (eu-west-1_Ab12; Replacement True, forced by UsernameAttributes)}. */
    String describe() {
        return (isPool() ? "the user pool " : "the app client ") + logicalId + " ("
                + (physicalId == null ? "" : physicalId + "; ") + "Replacement " + replacement
                + (causes.isEmpty() ? "" : ", forced by " + String.join(", ", causes)) + ")";
    }
}
