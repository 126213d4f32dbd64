package dev.authgate.lambda;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * The Lambda handler of the one function that serves every Cognito trigger of the pool
 * ({@code dev.authgate.lambda.TriggerHandler::handleRequest}): Spring Cloud Function's AWS handler, bound to
 * {@link dev.authgate.trigger.TriggerRouting}, which hands each event to the trigger for its {@code triggerSource}.
 */
public class TriggerHandler extends FunctionInvoker {

    public static final String FUNCTION = "cognitoTrigger";

    public TriggerHandler() {
        super(FUNCTION);
    }
}
