package dev.authgate.beans;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.core.ResolvableType;
import org.springframework.util.function.SingletonSupplier;

/**
 * Beans registered functionally: a name, a type and a supplier each, so that the context parses no configuration
 * class, reflects on no factory method and proxies nothing. Beans are made when first asked for unless said
 * otherwise, so a cold start makes only what its first request needs.
 */
public final class BeanRegistrations {

    private final BeanDefinitionRegistry registry;
    private final ConfigurableListableBeanFactory beans;

    public BeanRegistrations(BeanDefinitionRegistry registry, ConfigurableListableBeanFactory beans) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.beans = Objects.requireNonNull(beans, "beans");
    }

    /** The bean factory the suppliers look their dependencies up in. */
    public ConfigurableListableBeanFactory factory() {
        return beans;
    }

    /** The one bean of a type, for a supplier: made now if it is not yet. */
    public <T> T get(Class<T> type) {
        return beans.getBean(type);
    }

    /** Whether the application defines a bean of this type already, which then takes the place of Authgate's. */
    public boolean defines(Class<?> type) {
        return beans.getBeanNamesForType(type, true, false).length > 0;
    }

    /** A bean made when first asked for. */
    public <T> void lazy(String name, Class<T> type, Supplier<? extends T> supplier) {
        register(name, ResolvableType.forClass(type), supplier, true);
    }

    /** A bean made at start-up. */
    public <T> void eager(String name, Class<T> type, Supplier<? extends T> supplier) {
        register(name, ResolvableType.forClass(type), supplier, false);
    }

    /** A function bean whose generic type the dispatcher reads: a class implementing {@code Function}, or a lambda's declared type. */
    public void function(String name, ResolvableType type, Supplier<? extends Function<?, ?>> supplier) {
        register(name, type, supplier, true);
    }

    /** The type of a lambda {@code Function<In, Out>}. */
    public static ResolvableType functionType(ResolvableType input, ResolvableType output) {
        return ResolvableType.forClassWithGenerics(Function.class, input, output);
    }

    /** The type of a lambda {@code Function<In, Out>}. */
    public static ResolvableType functionType(ResolvableType input, Class<?> output) {
        return functionType(input, ResolvableType.forClass(output));
    }

    /** The type of a lambda {@code Function<In, Out>}. */
    public static ResolvableType functionType(Class<?> input, Class<?> output) {
        return functionType(ResolvableType.forClass(input), output);
    }

    /**
     * A function in Spring Cloud Function's catalog, which the AWS handler invokes by name. Its catalog takes every
     * registration when it is made, in every function of the artifact; the function bean behind it is made on the
     * first invocation, so the trigger function never builds the API and the API function never builds a trigger.
     */
    public void lambdaFunction(String name, ResolvableType type, String functionBean) {
        register(name, ResolvableType.forClass(FunctionRegistration.class), () -> {
            SingletonSupplier<Function<Object, Object>> target = SingletonSupplier.of(() -> castFunction(beans.getBean(functionBean)));
            Function<Object, Object> onFirstUse = input -> target.obtain().apply(input);
            return new FunctionRegistration<>(onFirstUse, name).type(type.getType());
        }, true);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> castFunction(Object bean) {
        return (Function<Object, Object>) bean;
    }

    private void register(String name, ResolvableType type, Supplier<?> supplier, boolean lazy) {
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setTargetType(type);
        definition.setInstanceSupplier(supplier);
        definition.setLazyInit(lazy);
        if (AutoCloseable.class.isAssignableFrom(type.toClass())) {
            definition.setDestroyMethodName("close");
        }
        registry.registerBeanDefinition(name, definition);
    }
}
