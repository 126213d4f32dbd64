package dev.authgate.aws.cognito;

import java.util.function.Supplier;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import dev.authgate.contract.cognito.CognitoCall;

/**
 * Lets through only the action of the {@link CognitoCall} the adapter is making on this thread, and refuses any
 * other before it leaves: on AWS the API function's role is granted only the calls {@link CognitoCall} lists.
 */
final class DeclaredCallsOnly implements ExecutionInterceptor {

    static final DeclaredCallsOnly INSTANCE = new DeclaredCallsOnly();
    private static final ThreadLocal<CognitoCall> CURRENT = new ThreadLocal<>();

    private DeclaredCallsOnly() {
    }

    /** Runs the request as the declared call: the one action the clients let through on this thread meanwhile. */
    static <T> T as(CognitoCall call, Supplier<T> request) {
        CURRENT.set(call);
        try {
            return request.get();
        } finally {
            CURRENT.remove();
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String action = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        CognitoCall declared = CURRENT.get();
        if (declared == null || !declared.action().equals(action)) {
            throw new UndeclaredCallException("The Cognito action " + action + " was called "
                    + (declared == null ? "outside any CognitoCall" : "as " + declared + ", which is " + declared.action())
                    + "; the API function may make only the calls CognitoCall lists, and its role on AWS is granted no other.");
        }
    }

    /** A programming error: the adapter made a Cognito call it does not declare. */
    static final class UndeclaredCallException extends IllegalStateException {
        UndeclaredCallException(String message) {
            super(message);
        }
    }
}
