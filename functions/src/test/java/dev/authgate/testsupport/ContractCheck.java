package dev.authgate.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opentest4j.AssertionFailedError;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.contract.catalogue.RouteMatch;

/**
 * Checks every response a test receives against {@code openapi.yaml}, with a JSON Schema validator, so the
 * document and the code cannot drift apart: the status must be one the operation declares (or covered by
 * its {@code default}), and the body must fit that response's schema.
 */
final class ContractCheck {

    private static final OperationCatalogue CATALOGUE = OperationCatalogue.load();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    private ContractCheck() {
    }

    static void verify(HttpCall call, ApiResponse response) {
        if (call.method().equals("OPTIONS") && response.statusCode() == 204) {
            if (!response.body().isEmpty()) {
                throw new AssertionFailedError("A preflight answer has no body, but this one has: " + response.body());
            }
            return;
        }
        JsonNode declared = declaredResponse(call, response.statusCode());
        JsonNode schema = declared.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        if (!response.header("Content-Type").startsWith("application/json")) {
            throw new AssertionFailedError(call.method() + " " + call.path() + " answered " + response.statusCode()
                    + " with Content-Type " + response.header("Content-Type") + ", not application/json");
        }
        List<Error> errors = compiled(schema).validate(JSON.readTree(response.body()));
        if (!errors.isEmpty()) {
            throw new AssertionFailedError(call.method() + " " + call.path() + " answered " + response.statusCode()
                    + " with a body that breaks the contract: " + errors + "\nbody: " + response.body());
        }
    }

    /** The contract's response for the status; unknown routes answer the envelope like any error. */
    private static JsonNode declaredResponse(HttpCall call, int status) {
        if (!(CATALOGUE.match(call.method(), call.path(), operation -> true) instanceof RouteMatch.Found found)) {
            return CATALOGUE.resolve(CATALOGUE.document().at("/components/responses/Error"));
        }
        JsonNode responses = CATALOGUE.document().path("paths").path(found.operation().path())
                .path(found.operation().method().toLowerCase(Locale.ROOT)).path("responses");
        JsonNode declared = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status)) : responses.get("default");
        if (declared == null || (status < 400 && !responses.has(Integer.toString(status)))) {
            throw new AssertionFailedError(found.operation().id() + " answered " + status + ", which the contract does not declare");
        }
        return CATALOGUE.resolve(declared);
    }

    /** The response schema, with the contract's components beside it so its references resolve. */
    private static Schema compiled(JsonNode schema) {
        return COMPILED.computeIfAbsent(schema.toString(), key -> {
            ObjectNode standalone = ((ObjectNode) schema).deepCopy();
            standalone.set("components", CATALOGUE.document().get("components"));
            return SCHEMAS.getSchema(standalone);
        });
    }
}
