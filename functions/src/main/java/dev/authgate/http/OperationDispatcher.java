package dev.authgate.http;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.contract.catalogue.RouteMatch;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.hook.HookContext;
import dev.authgate.hook.HookOutcome;
import dev.authgate.hook.OperationHooks;
import dev.authgate.identity.VerifiedAccessToken;
import dev.authgate.settings.GatewaySettings;
import dev.authgate.settings.HttpSettings;

/**
 * The path every request takes after an edge has read it, whichever edge that is: route lookup in the
 * catalogue, the bearer token, pre-hooks, validation against the contract, the operation's function,
 * post-hooks, and the response or the error envelope with the configured headers. Nothing about an
 * operation is written twice.
 */
public final class OperationDispatcher {

    private static final String GATEWAY_SURFACE = "cognito-gateway";

    /** The response header naming the request, as its log line does. */
    public static final String REQUEST_ID = "X-Request-Id";

    private final OperationCatalogue catalogue;
    private final Predicate<ContractOperation> served;
    private final Map<String, ServedOperation> operations;
    private final RequestBodies bodies;
    private final BearerAuthentication bearer;
    private final OperationHooks hooks;
    private final JsonCodec json;
    private final ErrorMapper errors;
    private final GatewayErrorMapper gatewayErrors;
    private final ResponseHeaders responseHeaders;
    private final int maxBodyBytes;
    private final RequestLog requestLog;
    private final Optional<Page> docs;

    /**
     * @param gatewayErrorFormat how the cognito-gateway routes answer errors: the envelope, or that package's
     *     shape ({@link GatewayErrorMapper}); every other answer uses the envelope
     * @param docs the documentation page, which {@code authgate.http.docs} turns on
     */
    public OperationDispatcher(OperationCatalogue catalogue, Predicate<ContractOperation> served, OperationFunctions functions,
            BearerAuthentication bearer, OperationHooks hooks, JsonCodec json, HttpSettings http,
            GatewaySettings.ErrorFormat gatewayErrorFormat, Optional<Page> docs) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.served = Objects.requireNonNull(served, "served");
        this.bearer = Objects.requireNonNull(bearer, "bearer");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.json = Objects.requireNonNull(json, "json");
        this.bodies = new RequestBodies(catalogue, json);
        this.operations = catalogue.operations(served).stream().collect(Collectors.toUnmodifiableMap(ContractOperation::id,
                operation -> ServedOperation.of(operation, functions, bodies, hooks)));
        this.errors = new ErrorMapper(json);
        this.gatewayErrors = gatewayErrorFormat == GatewaySettings.ErrorFormat.COGNITO_GATEWAY ? new GatewayErrorMapper(json) : null;
        this.responseHeaders = new ResponseHeaders(http, catalogue.methods());
        this.maxBodyBytes = http.maxBodyBytes();
        this.requestLog = new RequestLog(json, Clock.systemUTC());
        this.docs = Objects.requireNonNull(docs, "docs");
    }

    /** Answers a request; never throws, every failure becomes the error envelope. */
    public HttpResponse dispatch(HttpRequest request) {
        return dispatch(() -> request);
    }

    /** Answers a request that an edge is still to read, so that a failure to read it is answered too. */
    public HttpResponse dispatch(Supplier<HttpRequest> reader) {
        RequestTrace trace = new RequestTrace();
        HttpRequest request = null;
        HttpResponse response;
        try {
            request = reader.get();
            trace.read(request);
            response = handle(request, trace);
        } catch (RuntimeException e) {
            AuthException error = errors.expected(e);
            trace.failed(error.type());
            response = errors.toResponse(error);
        }
        return logged(trace, responseHeaders.apply(request, response));
    }

    /** The response with its request id, which the request's log line carries too. */
    private HttpResponse logged(RequestTrace trace, HttpResponse response) {
        HttpResponse identified = response.withHeader(REQUEST_ID, trace.requestId());
        requestLog.write(trace, identified);
        return identified;
    }

    /**
     * Answers a request an edge refused before it could read it (the local server's connector, for one) with the
     * same envelope and headers as every other error.
     */
    public HttpResponse reject(AuthException error) {
        RequestTrace trace = new RequestTrace();
        trace.failed(error.type());
        return logged(trace, responseHeaders.apply(null, errors.toResponse(error)));
    }

    /** A response an edge made itself, such as the local app's health check, with the headers every response gets. */
    public HttpResponse answer(HttpResponse response) {
        return logged(new RequestTrace(), responseHeaders.apply(null, response));
    }

    /** The largest body, in bytes, that a request may carry. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    private HttpResponse handle(HttpRequest request, RequestTrace trace) {
        if (request.method().equals("OPTIONS")) {
            return preflight(request);
        }
        Optional<HttpResponse> page = docs.flatMap(docsPage -> docsPage.answer(request));
        if (page.isPresent()) {
            return page.get();
        }
        ContractOperation operation = route(request);
        trace.routed(operation);
        try {
            return serve(operations.get(operation.id()), request, trace);
        } catch (RuntimeException e) {
            AuthException error = errors.expected(e);
            trace.failed(error.type());
            return errorResponse(error, operation, request);
        }
    }

    private HttpResponse serve(ServedOperation served, HttpRequest request, RequestTrace trace) {
        if (request.body().length > maxBodyBytes) {
            throw new AuthException(ErrorType.PAYLOAD_TOO_LARGE, 413,
                    "The request body is larger than the limit of " + maxBodyBytes + " bytes.");
        }
        ContractOperation operation = served.operation();
        Optional<VerifiedAccessToken> token = switch (operation.bearer()) {
            case REQUIRED -> Optional.of(bearer.required(request));
            case OPTIONAL -> bearer.optional(request);
            case NONE -> Optional.empty();
        };
        if (!served.hooked()) {
            // Without hooks the response goes straight from the operation's record to bytes, with no JSON tree between.
            JsonNode body = served.input().readsBody() ? bodies.read(request) : null;
            return new HttpResponse(200, Map.of("Content-Type", JsonCodec.CONTENT_TYPE), json.write(served.call(token, body)));
        }
        OperationHooks.Around around = hooks.around(operation.adapts(), new HookContext(operation.adapts(), operation.id(),
                operation.surface(), request.method(), request.path(), request.headers(), token,
                request.rawEvent().map(JsonNode.class::cast), request.lambdaContext()));
        AuthException failure = null;
        HookOutcome outcome;
        try {
            // The pre-hooks of an operation without a body see an empty one, as cognito-gateway's did.
            JsonNode body = served.input().readsBody() ? bodies.read(request) : json.mapper().createObjectNode();
            JsonNode sent = around.before(body);
            outcome = new HookOutcome.Response(json.mapper().valueToTree(served.call(token, served.input().readsBody() ? sent : null)));
        } catch (RuntimeException e) {
            failure = errors.expected(e);
            outcome = new HookOutcome.Error(failure.status(), failure.type(), failure.getMessage());
        }
        HookOutcome sent = around.after(outcome);
        if (sent instanceof HookOutcome.Error error) {
            trace.failed(error.type());
        }
        return render(sent, sent == outcome ? failure : null, operation, request);
    }

    private HttpResponse preflight(HttpRequest request) {
        if (catalogue.match(request.method(), request.path(), served) instanceof RouteMatch.MethodNotAllowed path) {
            return responseHeaders.cors().preflight(request, path.allowedMethods());
        }
        throw new AuthException(ErrorType.NOT_FOUND, 404, "No route matches " + request.method() + " " + request.path() + ".");
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

    /** The outcome as HTTP; an error the hooks left untouched keeps its headers, such as {@code Retry-After}. */
    private HttpResponse render(HookOutcome outcome, AuthException untouched, ContractOperation operation, HttpRequest request) {
        if (outcome instanceof HookOutcome.Response response) {
            return new HttpResponse(200, Map.of("Content-Type", JsonCodec.CONTENT_TYPE), json.write(response.body()));
        }
        HookOutcome.Error error = (HookOutcome.Error) outcome;
        return errorResponse(untouched != null ? untouched : new AuthException(error.type(), error.status(), error.message()),
                operation, request);
    }

    private HttpResponse errorResponse(AuthException error, ContractOperation operation, HttpRequest request) {
        return gatewayErrors != null && operation.surface().equals(GATEWAY_SURFACE)
                ? gatewayErrors.toResponse(error, operation, request)
                : errors.toResponse(error);
    }
}
