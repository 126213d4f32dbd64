package dev.authgate.hook;

import java.util.concurrent.CompletionStage;

/**
 * Runs after an operation, on its success and on its failure alike. It answers the outcome to send: the same,
 * a changed response, a response in place of the error, or another error.
 */
@FunctionalInterface
public interface PostHook {

    CompletionStage<HookOutcome> after(HookOutcome outcome, HookContext context);
}
