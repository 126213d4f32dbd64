package dev.authgate.testsupport;

import java.net.URI;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.lambda.ApiHandler;

/**
 * An application built on Authgate as a library (its own hooks, its own configuration), run against the
 * test stack's emulator through both edges: the local web app, and Spring Cloud Function's AWS handler
 * started on the application's own class, as its Lambda artifact would start it.
 */
public final class AppUnderTest implements AutoCloseable {

    private final ConfigurableApplicationContext web;
    private final FunctionInvoker lambda;

    private AppUnderTest(Class<?> application) {
        TestStack.get();
        web = new SpringApplicationBuilder(application).run("--server.port=0");
        lambda = TestStack.handler(application, ApiHandler.FUNCTION);
    }

    public static AppUnderTest start(Class<?> application) {
        return new AppUnderTest(application);
    }


    public Edge edge(EdgeKind kind) {
        return new ContractCheckedEdge(switch (kind) {
            case LOCAL_WEB -> new WebEdge(URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) web).getWebServer().getPort()));
            case REST_API_V1 -> new LambdaEdge(lambda, ApiGatewayPayload.REST_API_V1);
            case HTTP_API_V2 -> new LambdaEdge(lambda, ApiGatewayPayload.HTTP_API_V2);
            case HTTP_API_V2_WITH_STAGE -> new LambdaEdge(lambda, ApiGatewayPayload.HTTP_API_V2_WITH_STAGE);
        });
    }

    @Override
    public void close() {
        web.close();
    }
}
