package dev.authgate.http;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.util.function.SingletonSupplier;

/**
 * The function beans that serve the contract's operations, found by operationId, which is also the bean name.
 * They are called directly: the dispatcher has already made the body into the operation's own input type.
 */
public final class OperationFunctions {

    private final ConfigurableListableBeanFactory beans;

    public OperationFunctions(ConfigurableListableBeanFactory beans) {
        this.beans = Objects.requireNonNull(beans, "beans");
    }

    /**
     * The function serving an operation.
     *
     * @throws IllegalStateException when no function bean carries the operation's name
     */
    public OperationFunction of(String operationId) {
        return find(operationId).orElseThrow(() -> new IllegalStateException("The operation " + operationId
                + " of the contract has no function bean named " + operationId + ": register one in AuthgateBeans"));
    }

    /**
     * The function serving an operation, if a bean carries its name. Its types are read from the bean's definition,
     * so the bean itself, and the identity provider it needs, are made only when the operation is first called.
     */
    public Optional<OperationFunction> find(String operationId) {
        if (!beans.containsBean(operationId) || !beans.isTypeMatch(operationId, Function.class)) {
            return Optional.empty();
        }
        return Optional.of(new OperationFunction(operationId, declaredType(operationId),
                SingletonSupplier.of(() -> function(operationId))));
    }

    /** The declared type of the bean (a lambda's), or else the type its class implements. */
    private ResolvableType declaredType(String operationId) {
        ResolvableType declared = beans.containsBeanDefinition(operationId)
                ? beans.getMergedBeanDefinition(operationId).getResolvableType().as(Function.class)
                : ResolvableType.NONE;
        return declared.hasGenerics() && !declared.hasUnresolvableGenerics()
                ? declared
                : ResolvableType.forInstance(beans.getBean(operationId)).as(Function.class);
    }

    @SuppressWarnings("unchecked")
    private Function<Object, Object> function(String operationId) {
        return (Function<Object, Object>) beans.getBean(operationId, Function.class);
    }

    /** One operation's function and the {@code Function<Input, Answer>} type it declares. */
    public record OperationFunction(String name, ResolvableType type, SingletonSupplier<Function<Object, Object>> function) {

        public ResolvableType inputType() {
            return type.getGeneric(0);
        }

        /**
         * The request body's record inside the input: the input itself, unless it wraps the body with a token, as
         * {@code Authenticated<ChangePasswordRequest>} does.
         */
        public Class<?> bodyType() {
            ResolvableType input = inputType();
            return input.hasGenerics() ? input.getGeneric(0).toClass() : input.toClass();
        }

        /** The record the function answers. */
        public Class<?> outputType() {
            return type.getGeneric(1).toClass();
        }

        public Object apply(Object input) {
            return function.obtain().apply(input);
        }
    }
}
