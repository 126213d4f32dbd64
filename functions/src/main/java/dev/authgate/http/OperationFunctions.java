package dev.authgate.http;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;

/**
 * The function beans that serve the contract's operations, found in Spring Cloud Function's catalog by
 * operationId, which is also the bean name.
 */
public final class OperationFunctions {

    private final FunctionCatalog catalog;
    private final Map<String, Optional<OperationFunction>> found = new ConcurrentHashMap<>();

    public OperationFunctions(FunctionCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The function serving an operation, if one is registered. */
    public Optional<OperationFunction> find(String operationId) {
        return found.computeIfAbsent(operationId, this::lookup);
    }

    private Optional<OperationFunction> lookup(String operationId) {
        FunctionInvocationWrapper function = catalog.lookup(operationId);
        if (function == null || !function.isFunction() || !operationId.equals(function.getFunctionDefinition())) {
            return Optional.empty();
        }
        Class<?> inputType = FunctionTypeUtils.getRawType(function.getInputType());
        return Optional.of(new OperationFunction(operationId, inputType, function::apply));
    }

    /** One operation's function and the type of request it takes. */
    public record OperationFunction(String name, Class<?> inputType, java.util.function.Function<Object, Object> function) {

        public Object apply(Object request) {
            return function.apply(request);
        }
    }
}
