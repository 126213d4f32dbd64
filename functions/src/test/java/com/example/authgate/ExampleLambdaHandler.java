package com.example.authgate;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

import dev.authgate.lambda.ApiHandler;

/** The example's Lambda handler: Authgate's API Gateway edge, started on the example's application class. */
public class ExampleLambdaHandler extends FunctionInvoker {

    public ExampleLambdaHandler() {
        super(ApiHandler.FUNCTION);
    }
}
