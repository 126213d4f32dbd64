package dev.authgate.http;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;

/**
 * The function beans that serve the contract's operations, found by operationId, which is also the bean name.
 * They are called directly: the edge has already read the body into the operation's own input type.
 */
public final class OperationFunctions {

    private final ConfigurableListableBeanFactory beans;
    private final Map<String, Optional<OperationFunction>> found = new ConcurrentHashMap<>();

    public OperationFunctions(ConfigurableListableBeanFactory beans) {
        this.beans = Objects.requireNonNull(beans, "beans");
    }

    /** The function serving an operation, if one is registered. */
    public Optional<OperationFunction> find(String operationId) {
        return found.computeIfAbsent(operationId, this::lookup);
    }

    /** The type the function serving an operation answers, as its bean declares it, if one is registered. */
    public Optional<Class<?>> outputType(String operationId) {
        return find(operationId).map(found -> functionType(operationId, found.function()).getGeneric(1).toClass());
    }

    @SuppressWarnings("unchecked")
    private Optional<OperationFunction> lookup(String operationId) {
        if (!beans.containsBean(operationId) || !(beans.getBean(operationId) instanceof Function<?, ?> function)) {
            return Optional.empty();
        }
        ResolvableType input = functionType(operationId, function).getGeneric(0);
        Class<?> inputType = input.toClass();
        Class<?> bodyType = input.hasGenerics() ? input.getGeneric(0).toClass() : inputType;
        return Optional.of(new OperationFunction(operationId, inputType, bodyType, (Function<Object, Object>) function));
    }

    /** The declared type of the bean (a lambda's), or else the type its class implements. */
    private ResolvableType functionType(String operationId, Function<?, ?> function) {
        ResolvableType declared = beans.containsBeanDefinition(operationId)
                ? beans.getMergedBeanDefinition(operationId).getResolvableType().as(Function.class)
                : ResolvableType.NONE;
        return declared.hasGenerics() && !declared.hasUnresolvableGenerics()
                ? declared
                : ResolvableType.forInstance(function).as(Function.class);
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
