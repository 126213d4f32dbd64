package dev.authgate.snapstart;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.authgate.contract.ErrorEnvelope;
import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.contract.gateway.GatewayError;
import dev.authgate.http.OperationFunctions;

/**
 * The records the contract's JSON goes through, both surfaces: the request body and the answer of each operation's
 * function as its bean declares them, the error records, and every record these reach through their components or,
 * for a sealed interface, its permitted records. Taken from the beans rather than scanned for, so that priming costs
 * no classpath scan and a new operation primes its records with no list to extend.
 */
final class ContractTypes {

    /** The errors are written by the edge, not answered by an operation. */
    private static final List<Class<? extends Record>> ERRORS = List.of(ErrorEnvelope.class, GatewayError.class);

    private ContractTypes() {
    }

    static List<Class<? extends Record>> of(OperationCatalogue contract, OperationFunctions functions) {
        Set<Class<? extends Record>> records = new LinkedHashSet<>();
        for (ContractOperation operation : contract.operations()) {
            functions.find(operation.id()).ifPresent(function -> {
                if (operation.requestSchema().isPresent()) {
                    reach(function.bodyType(), records);
                }
                reach(function.outputType(), records);
            });
        }
        ERRORS.forEach(error -> reach(error, records));
        return List.copyOf(records);
    }

    /** The records a type is or reaches, itself first. */
    static Set<Class<? extends Record>> reachedFrom(Type type) {
        Set<Class<? extends Record>> records = new LinkedHashSet<>();
        reach(type, records);
        return records;
    }

    @SuppressWarnings("unchecked")
    private static void reach(Type type, Set<Class<? extends Record>> records) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                reach(argument, records);
            }
        } else if (type instanceof Class<?> found && found.isRecord()) {
            if (records.add((Class<? extends Record>) found)) {
                for (RecordComponent component : found.getRecordComponents()) {
                    reach(component.getGenericType(), records);
                }
            }
        } else if (type instanceof Class<?> found && found.isSealed()) {
            for (Class<?> permitted : found.getPermittedSubclasses()) {
                reach(permitted, records);
            }
        }
    }
}
