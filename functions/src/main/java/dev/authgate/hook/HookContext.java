package dev.authgate.hook;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 * @param rawEvent the API Gateway event, when the request came through Lambda; its body is the one the hook is
 *     given, so it holds passwords only for the operations whose hooks see them
 * @param lambdaContext the Lambda context ({@code com.amazonaws.services.lambda.runtime.Context}), on Lambda
 */
public record HookContext(String operation, String operationId, String surface, String method, String path,
        Map<String, String> headers, Optional<VerifiedAccessToken> bearer, Optional<JsonNode> rawEvent,
        Optional<Object> lambdaContext) {

    /** Headers that carry credentials: a printed context shows that they were there, never their values. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key", "x-amz-security-token");

    /** The same context with another raw event. */
    public HookContext withRawEvent(Optional<JsonNode> event) {
        return new HookContext(operation, operationId, surface, method, path, headers, bearer, event, lambdaContext);
    }

    /**
     * What a log line may show: the raw event (which holds the body and every header) only as present or not, the
     * credential headers without their values, and of the token only the user it was issued to.
     */
    @Override
    public String toString() {
        Map<String, String> shownHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> shownHeaders.put(name, CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "***" : value));
        return "HookContext[operation=" + operation + ", operationId=" + operationId + ", surface=" + surface + ", method=" + method
                + ", path=" + path + ", headers=" + shownHeaders + ", bearer=" + bearer.map(token -> "token of " + token.username()).orElse("none")
                + ", rawEvent=" + (rawEvent.isPresent() ? "(API Gateway event)" : "none")
                + ", lambdaContext=" + (lambdaContext.isPresent() ? "(Lambda context)" : "none") + "]";
    }
}
