package dev.authgate.benchmarks.warm;

import java.util.Objects;
import java.util.function.Function;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.AuthgateApplication;
import dev.authgate.benchmarks.LocalCognito;
import dev.authgate.config.FunctionalApplication;
import dev.authgate.http.JsonCodec;
import dev.authgate.lambda.ApiGatewayFunction;
import dev.authgate.lambda.ApiHandler;

/**
 * Authgate's two edges in this process, configured for the local Cognito: the Lambda handler, created as the
 * Lambda runtime creates it, and the local web app on a free loopback port. Beside them the bare SDK client,
 * set up as the adapter sets up its own.
 */
public final class InProcessAuthgate implements AutoCloseable {

    private final LocalCognito cognito;
    private final ConfigurableApplicationContext web;
    private final Edge sdk;
    private final Edge sdkAgain;
    private final Edge lambda;
    private final Edge webEdge;
    private final Edge direct;

    private InProcessAuthgate(LocalCognito cognito, ConfigurableApplicationContext web, ApiHandler handler) {
        this.cognito = cognito;
        this.web = web;
        this.sdk = new BareSdk("bare SDK call", LocalCognito.bareClient(cognito.endpoint()), cognito.clientId());
        this.sdkAgain = new BareSdk("bare SDK call again (control)", LocalCognito.bareClient(cognito.endpoint()), cognito.clientId());
        this.lambda = new LambdaEdge(handler);
        this.webEdge = new WebEdge(((WebServerApplicationContext) web).getWebServer().getPort());
        this.direct = new DirectFunctionEdge(web.getBean(ApiGatewayFunction.BEAN, Function.class), web.getBean(JsonCodec.class).mapper());
    }

    public static InProcessAuthgate start(LocalCognito cognito) {
        Objects.requireNonNull(cognito, "cognito");
        System.setProperty("authgate.cognito.endpoint", cognito.endpoint().toString());
        System.setProperty("authgate.cognito.user-pool-id", cognito.userPoolId());
        System.setProperty("authgate.cognito.client-id", cognito.clientId());
        System.setProperty("authgate.cognito.region", LocalCognito.REGION);
        // Spring Cloud Function's AWS handler reads the start class from here when no manifest names it.
        System.setProperty("MAIN_CLASS", FunctionalApplication.class.getName());
        System.setProperty("logging.level.root", "WARN");
        ApiHandler handler = new ApiHandler();
        ConfigurableApplicationContext web = new SpringApplicationBuilder(AuthgateApplication.class).run("--server.port=0");
        return new InProcessAuthgate(cognito, web, handler);
    }

    Edge sdk() {
        return sdk;
    }

    /** A second, separate SDK client: measured against the first, it shows what the method itself cannot resolve. */
    Edge sdkAgain() {
        return sdkAgain;
    }

    Edge lambda() {
        return lambda;
    }

    Edge web() {
        return webEdge;
    }

    /** The lever prototype: the Lambda edge's function called without Spring Cloud Function's handler. */
    Edge direct() {
        return direct;
    }

    LocalCognito cognito() {
        return cognito;
    }

    @Override
    public void close() {
        web.close();
    }
}
