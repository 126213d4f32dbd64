package dev.authgate.snapstart;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A filled-in instance of a record: every text, number, map and list set to a harmless value and every nested
 * record filled in the same way, so that writing it touches every property's serializer.
 */
final class SampleRecords {

    private static final String TEXT = "primer";

    private SampleRecords() {
    }

    static <T extends Record> T of(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType());
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot build a sample " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The sample " + type.getName() + " is not valid", e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private static Object value(Class<?> type, Type generic) {
        if (type == String.class) {
            return TEXT;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.FALSE;
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of(TEXT, element(generic, 1));
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of(element(generic, 0));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of(element(generic, 0));
        }
        if (type == Optional.class) {
            return Optional.of(element(generic, 0));
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return of((Class<? extends Record>) type);
        }
        throw new IllegalStateException("No sample value for a " + type.getName());
    }

    /** A value for a collection's element type, which the contract keeps to texts and records. */
    private static Object element(Type generic, int index) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[index] instanceof Class<?> element) {
            return value(element, element);
        }
        return TEXT;
    }
}
