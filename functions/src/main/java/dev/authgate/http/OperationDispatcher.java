package dev.authgate.http;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.contract.catalogue.RequestBodyValidator;
import dev.authgate.contract.catalogue.RouteMatch;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.http.OperationFunctions.OperationFunction;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.OptionalBearer;
import dev.authgate.identity.VerifiedAccessToken;

/**
 * The path every request takes after an edge has read it, whichever edge that is: route lookup in the
 * catalogue, body decoding and validation against the contract, the operation's function, and the
 * response or the error envelope. Nothing about an operation is written twice.
 */
public final class OperationDispatcher {

    private final OperationCatalogue catalogue;
    private final Predicate<ContractOperation> served;
    private final OperationFunctions functions;
    private final RequestBodyValidator validator;
    private final JsonCodec json;
    private final ErrorMapper errors;
    private final BearerAuthentication bearer;
    private final int maxBodyBytes;

    public OperationDispatcher(OperationCatalogue catalogue, Predicate<ContractOperation> served, OperationFunctions functions,
            BearerAuthentication bearer, JsonCodec json, int maxBodyBytes) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.served = Objects.requireNonNull(served, "served");
        this.functions = Objects.requireNonNull(functions, "functions");
        this.bearer = Objects.requireNonNull(bearer, "bearer");
        this.validator = new RequestBodyValidator(catalogue);
        this.json = Objects.requireNonNull(json, "json");
        this.errors = new ErrorMapper(json);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Answers a request; never throws, every failure becomes the error envelope. */
    public HttpResponse dispatch(HttpRequest request) {
        return dispatch(() -> request);
    }

    /** Answers a request that an edge is still to read, so that a failure to read it is answered too. */
    public HttpResponse dispatch(Supplier<HttpRequest> request) {
        try {
            return handle(request.get());
        } catch (RuntimeException e) {
            return errors.toResponse(e);
        }
    }

    /** The largest body, in bytes, that a request may carry. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    private HttpResponse handle(HttpRequest request) {
        ContractOperation operation = route(request);
        if (request.body().length > maxBodyBytes) {
            throw new AuthException(ErrorType.PAYLOAD_TOO_LARGE, 413,
                    "The request body is larger than the limit of " + maxBodyBytes + " bytes.");
        }
        OperationFunction function = functions.find(operation.id()).orElseThrow(() -> new AuthException(
                ErrorType.NOT_IMPLEMENTED, 501, "The operation " + operation.id() + " is not implemented yet."));
        Object output = function.apply(input(operation, function, request));
        return new HttpResponse(200, Map.of("Content-Type", JsonCodec.CONTENT_TYPE), json.write(output));
    }

    private ContractOperation route(HttpRequest request) {
        RouteMatch match = catalogue.match(request.method(), request.path(), served);
        if (match instanceof RouteMatch.Found found) {
            return found.operation();
        }
        if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
            String allowed = String.join(", ", notAllowed.allowedMethods());
            throw new AuthException(ErrorType.METHOD_NOT_ALLOWED, 405,
                    request.method() + " is not allowed on " + request.path() + "; use " + allowed + ".",
                    Map.of("Allow", allowed), null);
        }
        throw new AuthException(ErrorType.NOT_FOUND, 404, "No route matches " + request.method() + " " + request.path() + ".");
    }

    /** What the operation's function takes: the body, the verified bearer token, or both together. */
    private Object input(ContractOperation operation, OperationFunction function, HttpRequest request) {
        Optional<VerifiedAccessToken> token = switch (operation.bearer()) {
            case REQUIRED -> Optional.of(bearer.required(request));
            case OPTIONAL -> bearer.optional(request);
            case NONE -> Optional.empty();
        };
        if (function.inputType() == VerifiedAccessToken.class) {
            return token.orElseThrow();
        }
        Object body = decode(operation, function.bodyType(), request);
        if (function.inputType() == Authenticated.class) {
            return new Authenticated<>(token.orElseThrow(), body);
        }
        if (function.inputType() == OptionalBearer.class) {
            return new OptionalBearer<>(token, body);
        }
        return body;
    }

    private Object decode(ContractOperation operation, Class<?> bodyType, HttpRequest request) {
        if (operation.requestSchema().isEmpty()) {
            throw new IllegalStateException("The operation " + operation.id() + " takes no body, but its function does");
        }
        if (request.body().length == 0) {
            throw AuthException.invalidRequest("The request body is required.");
        }
        JsonNode body = json.readTree(request.body());
        validator.violation(body, operation.requestSchema().get()).ifPresent(violation -> {
            throw AuthException.invalidRequest(violation);
        });
        return json.bind(body, bodyType);
    }
}
