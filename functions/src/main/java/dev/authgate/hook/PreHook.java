package dev.authgate.hook;

import java.util.concurrent.CompletionStage;

import tools.jackson.databind.JsonNode;

/**
 * Runs before an operation. It gets the request body as JSON and answers the body to use instead: the same,
 * a changed one, or a failed stage (or a thrown {@link HookException}) to reject the request, in which case
 * Cognito is never called.
 */
@FunctionalInterface
public interface PreHook {

    CompletionStage<JsonNode> before(JsonNode request, HookContext context);
}
