package dev.authgate.web;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.messaging.Message;

import dev.authgate.lambda.TriggerHandler;

/**
 * The local run's stand-in for AWS Lambda's Invoke API ({@code POST /2015-03-31/functions/<name>/invocations}),
 * through which the Cognito emulator invokes the pool's triggers. It does what Spring Cloud Function's AWS
 * handler does with an invocation, on this application's own function catalog: the event becomes a message,
 * the trigger function picks the trigger by {@code triggerSource}, and the output is written as Lambda would.
 * A trigger's failure is answered as Lambda answers a function error.
 */
public final class LocalTriggerServlet extends HttpServlet {

    private static final Log log = LogFactory.getLog(LocalTriggerServlet.class);

    private final transient FunctionCatalog functions;
    private final transient JsonMapper json;

    public LocalTriggerServlet(FunctionCatalog functions, JsonMapper json) {
        this.functions = Objects.requireNonNull(functions, "functions");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!LoopbackHost.accepts(request.getHeader("Host"))) {
            // Lambda's Invoke API answers a request it refuses with a status and a JSON message.
            response.setStatus(421);
            response.setContentType("application/json");
            response.getOutputStream().write(json.toJson(Map.of("Type", "User",
                    "message", "The local Invoke API answers only requests addressed to a loopback name.")));
            return;
        }
        byte[] event = request.getInputStream().readAllBytes();
        byte[] output;
        try {
            FunctionInvocationWrapper router = functions.lookup(TriggerHandler.FUNCTION, "application/json");
            Message<byte[]> message = AWSLambdaUtils.generateMessage(event, router.getInputType(), false, json, null);
            output = AWSLambdaUtils.generateOutputFromObject(message, router.apply(message), json, router.getOutputType());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            log.info("A trigger refused or failed: " + cause.getClass().getSimpleName());
            response.setStatus(200);
            response.setHeader("X-Amz-Function-Error", "Unhandled");
            response.setContentType("application/json");
            response.getOutputStream().write(json.toJson(Map.of(
                    "errorMessage", String.valueOf(cause.getMessage()), "errorType", cause.getClass().getName())));
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.getOutputStream().write(output);
    }
}
