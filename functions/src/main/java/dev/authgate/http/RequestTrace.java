package dev.authgate.http;

import java.util.Optional;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.Context;

import tools.jackson.databind.JsonNode;

import dev.authgate.contract.catalogue.ContractOperation;

/**
 * What the request log says of one request, gathered as the dispatcher answers it: its ids, the operation it
 * reached, and the error type it ended with. Nothing of the request's body or headers.
 */
final class RequestTrace {

    private final long startNanos = System.nanoTime();
    /** API Gateway's id on Lambda; made when first asked for otherwise. */
    private String requestId;
    private String lambdaRequestId;
    private String operation;
    private String surface;
    private String errorType;

    /**
     * Takes the ids the request came with: on Lambda, API Gateway's request id (which then answers as
     * {@code X-Request-Id}) and Lambda's own; locally, the id made for it stays.
     */
    void read(HttpRequest request) {
        request.rawEvent().map(JsonNode.class::cast).map(event -> event.path("requestContext").path("requestId").asString(""))
                .filter(id -> !id.isBlank())
                .ifPresent(id -> requestId = id);
        lambdaRequestId = request.lambdaContext().filter(Context.class::isInstance).map(Context.class::cast)
                .map(Context::getAwsRequestId).orElse(null);
    }

    void routed(ContractOperation reached) {
        operation = reached.id();
        surface = reached.surface();
    }

    void failed(String type) {
        errorType = type;
    }

    String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    Optional<String> lambdaRequestId() {
        return Optional.ofNullable(lambdaRequestId);
    }

    Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    Optional<String> surface() {
        return Optional.ofNullable(surface);
    }

    Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    double latencyMillis() {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }
}
