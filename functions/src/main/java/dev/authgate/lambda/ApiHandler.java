package dev.authgate.lambda;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * The Lambda handler of the API function ({@code dev.authgate.lambda.ApiHandler::handleRequest}): Spring
 * Cloud Function's AWS handler, bound to the API Gateway edge. The function is fixed here rather than read
 * from the event, so no header a client sends can choose another function.
 */
public class ApiHandler extends FunctionInvoker {

    public static final String FUNCTION = "apiGateway";

    public ApiHandler() {
        super(FUNCTION);
    }
}
