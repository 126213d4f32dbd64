package dev.authgate.lambda;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.cloud.function.context.config.RoutingFunction;

/**
 * The Lambda handler of the one function that serves every Cognito trigger of the pool
 * ({@code dev.authgate.lambda.TriggerHandler::handleRequest}): Spring Cloud Function's AWS handler with its
 * routing function, which {@link dev.authgate.trigger.TriggerRouting} steers by the event's {@code triggerSource}.
 */
public class TriggerHandler extends FunctionInvoker {

    public TriggerHandler() {
        super(RoutingFunction.FUNCTION_NAME);
    }
}
