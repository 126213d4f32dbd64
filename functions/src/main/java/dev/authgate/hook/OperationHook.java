package dev.authgate.hook;

import java.util.Objects;

/**
 * A hook an application registers as a Spring bean. It names the primary operation it runs around (its
 * operationId on the {@code /auth} surface: {@code signUp}, {@code signIn}, ...) or the name cognito-gateway gave
 * it ({@code signUpConfirm}, {@code userGet}, ...), and runs for both surfaces' routes of that operation; {@code *}
 * runs around every operation. A name that is neither stops start-up. Hooks run in ascending {@code order}, those
 * with equal order in the order their beans are declared.
 *
 * <pre>{@code
 * @Bean
 * OperationHook rejectDisposableEmails() {
 *     return OperationHook.before("signUp", (request, context) -> ...);
 * }
 * }</pre>
 */
public record OperationHook(String operation, int order, PreHook pre, PostHook post) {
    // pre or post may be null: a hook that only runs before, or only after.

    /** The operation name that matches every operation. */
    public static final String EVERY_OPERATION = "*";

    public OperationHook {
        Objects.requireNonNull(operation, "operation");
        if (pre == null && post == null) {
            throw new IllegalArgumentException("A hook for " + operation + " needs a pre-hook, a post-hook or both");
        }
    }

    public static OperationHook before(String operation, PreHook pre) {
        return new OperationHook(operation, 0, pre, null);
    }

    public static OperationHook after(String operation, PostHook post) {
        return new OperationHook(operation, 0, null, post);
    }

    public OperationHook withOrder(int newOrder) {
        return new OperationHook(operation, newOrder, pre, post);
    }
}
