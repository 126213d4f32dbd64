package dev.authgate.http;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.contract.catalogue.RequestBodyValidator;
import dev.authgate.error.AuthException;

/**
 * Request bodies: read once from the request's bytes into a JSON tree, which the pre-hooks may see, then checked
 * against the operation's schema in the contract and bound to the record its function takes.
 */
final class RequestBodies {

    /** JSON is UTF-8 (RFC 8259), of which ASCII is a part; a body declared in any other charset is refused. */
    private static final Set<String> JSON_CHARSETS = Set.of("utf-8", "us-ascii");
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)", Pattern.CASE_INSENSITIVE);

    private final RequestBodyValidator validator;
    private final JsonCodec json;

    RequestBodies(OperationCatalogue catalogue, JsonCodec json) {
        this.validator = new RequestBodyValidator(catalogue);
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The body's one parse: a request without a body, in another charset or not JSON is the client's mistake. */
    JsonNode read(HttpRequest request) {
        if (request.body().length == 0) {
            throw AuthException.invalidRequest("The request body is required.");
        }
        request.header("Content-Type").flatMap(RequestBodies::charset).filter(charset -> !JSON_CHARSETS.contains(charset))
                .ifPresent(charset -> {
                    throw AuthException.invalidRequest("The charset '" + charset + "' is not supported; JSON is sent as UTF-8.");
                });
        return json.readTree(request.body());
    }

    private static Optional<String> charset(String contentType) {
        Matcher charset = CHARSET.matcher(contentType);
        return charset.find() ? Optional.of(charset.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** How an operation's body becomes its record; an operation the contract gives no body cannot take one. */
    Binding of(ContractOperation operation, Class<?> type) {
        JsonNode schema = operation.requestSchema().orElseThrow(() -> new IllegalStateException(
                "The function of " + operation.id() + " takes the body " + type.getName() + ", but the contract gives its route no request body"));
        return new Binding(schema, type, validator, json);
    }

    /** One operation's request schema and the record it binds to. */
    record Binding(JsonNode schema, Class<?> type, RequestBodyValidator validator, JsonCodec json) {

        Object bind(JsonNode body) {
            validator.violation(body, schema).ifPresent(violation -> {
                throw AuthException.invalidRequest(violation);
            });
            return json.bind(body, type);
        }
    }
}
