package dev.authgate.hook;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.authgate.identity.VerifiedAccessToken;

/**
 * What a hook knows about the request besides its body.
 *
 * @param operation the primary operation ({@code signUp}, ...), the same on both surfaces
 * @param operationId the route's own operationId ({@code signUp} or {@code gatewaySignUp})
 * @param surface {@code auth} or {@code cognito-gateway}
 * @param method the HTTP method
 * @param path the path, without stage prefix
 * @param headers the request headers, looked up case-insensitively
 * @param bearer the verified access token, on routes that take one
 * @param rawEvent the API Gateway event, when the request came through Lambda
 * @param lambdaContext the Lambda context ({@code com.amazonaws.services.lambda.runtime.Context}), on Lambda
 */
public record HookContext(String operation, String operationId, String surface, String method, String path,
        Map<String, String> headers, Optional<VerifiedAccessToken> bearer, Optional<JsonNode> rawEvent,
        Optional<Object> lambdaContext) {
}
