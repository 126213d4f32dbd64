package dev.authgate.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import dev.authgate.config.FunctionalApplication;
import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationFunctions;
import dev.authgate.http.OperationFunctions.OperationFunction;
import dev.authgate.testsupport.TestStack;

/**
 * Every operation of openapi.yaml has a function bean, named after its operationId, that takes the record its request
 * schema names and answers the shape of its 200 response: what routing finds and priming derives its types from.
 */
class OperationBeansTest {

    private static final OperationCatalogue CONTRACT = OperationCatalogue.load();
    private static final JsonCodec JSON = new JsonCodec();

    private static ConfigurableApplicationContext lambdaApp;
    private static OperationFunctions functions;

    @BeforeAll
    static void startTheLambdaApp() {
        TestStack.get();
        lambdaApp = FunctionalSpringApplication.run(FunctionalApplication.class);
        functions = new OperationFunctions(lambdaApp.getBeanFactory());
    }

    @AfterAll
    static void stopTheLambdaApp() {
        lambdaApp.close();
    }

    static Stream<ContractOperation> operations() {
        return CONTRACT.operations().stream();
    }

    static Stream<ContractOperation> operationsWithABody() {
        return operations().filter(operation -> operation.requestSchema().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyOperationHasAFunctionBeanNamedAfterIt(ContractOperation operation) {
        assertThat(functions.find(operation.id()))
                .as("operation %s in openapi.yaml has no function bean: register one named %s in AuthgateBeans (a"
                        + " cognito-gateway route in CognitoGatewaySurface)", operation.id(), operation.id())
                .isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithABody")
    void theBeanTakesTheRecordTheRequestSchemaNames(ContractOperation operation) {
        String schema = requestSchemaName(operation);

        Class<?> body = function(operation).bodyType();

        assertThat(body.getSimpleName()).as("bean %s takes %s but the contract's request schema is %s", operation.id(),
                body.getName(), schema).isEqualTo(schema);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void theBeanAnswersEachShapeOfTheSuccessResponse(ContractOperation operation) {
        Class<?> output = function(operation).outputType();
        List<Set<String>> written = writtenShapes(output);

        for (JsonNode schema : successSchemas(operation)) {
            Set<String> fields = Set.copyOf(schema.path("properties").propertyNames());
            assertThat(written).as("bean %s answers %s, which writes %s, but the contract's 200 response of %s %s has the"
                    + " fields %s", operation.id(), output.getName(), written, operation.method(), operation.path(), fields)
                    .contains(fields);
        }
    }

    private static OperationFunction function(ContractOperation operation) {
        return functions.find(operation.id()).orElseThrow(() -> noBean(operation));
    }

    private static AssertionError noBean(ContractOperation operation) {
        return new AssertionError("no function bean " + operation.id());
    }

    /** The fields a type's JSON has: one set for a record, one for each permitted record of a sealed interface. */
    private static List<Set<String>> writtenShapes(Class<?> type) {
        List<Set<String>> shapes = new ArrayList<>();
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                shapes.addAll(writtenShapes(permitted));
            }
        } else if (type.isRecord()) {
            @SuppressWarnings("unchecked")
            Record sample = SampleRecords.of((Class<? extends Record>) type);
            shapes.add(Set.copyOf(JSON.readTree(JSON.write(sample)).propertyNames()));
        }
        return shapes;
    }

    private static JsonNode operationNode(ContractOperation operation) {
        return CONTRACT.document().path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT));
    }

    /** The name of the component schema the request body refers to. */
    private static String requestSchemaName(ContractOperation operation) {
        JsonNode body = CONTRACT.resolve(operationNode(operation).path("requestBody"));
        String ref = body.path("content").path("application/json").path("schema").path("$ref").asString();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The object schemas a 200 response may have: the one it refers to, or each of its oneOf. */
    private static List<JsonNode> successSchemas(ContractOperation operation) {
        JsonNode response = CONTRACT.resolve(operationNode(operation).path("responses").path("200"));
        JsonNode schema = CONTRACT.resolve(response.path("content").path("application/json").path("schema"));
        List<JsonNode> schemas = new ArrayList<>();
        if (schema.has("oneOf")) {
            schema.path("oneOf").forEach(branch -> schemas.add(CONTRACT.resolve(branch)));
        } else {
            schemas.add(schema);
        }
        return schemas.stream().filter(branch -> branch.has("properties")).toList();
    }
}
