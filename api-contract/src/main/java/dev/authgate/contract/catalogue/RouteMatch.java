package dev.authgate.contract.catalogue;

import java.util.Set;

/** What the catalogue knows about a method and path. */
public sealed interface RouteMatch {

    /** The path and method name an operation. */
    record Found(ContractOperation operation) implements RouteMatch {
    }

    /** The path exists, but not with this method. */
    record MethodNotAllowed(Set<String> allowedMethods) implements RouteMatch {
        public MethodNotAllowed {
            allowedMethods = Set.copyOf(allowedMethods);
        }
    }

    /** No operation has this path. */
    record NotFound() implements RouteMatch {
    }
}
