package dev.authgate.http;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
        Type input = function.getInputType();
        Class<?> inputType = FunctionTypeUtils.getRawType(input);
        Class<?> bodyType = input instanceof ParameterizedType parameterized
                ? FunctionTypeUtils.getRawType(parameterized.getActualTypeArguments()[0])
                : inputType;
        return Optional.of(new OperationFunction(operationId, inputType, bodyType, function::apply));
    }

    /**
     * One operation's function, the type it takes, and the type of the request body inside it (the same type,
     * unless the input wraps the body with a token, as {@code Authenticated<ChangePasswordRequest>} does).
     */
    public record OperationFunction(String name, Class<?> inputType, Class<?> bodyType,
            Function<Object, Object> function) {

        public Object apply(Object request) {
            return function.apply(request);
        }
    }
}
