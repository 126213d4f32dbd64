package dev.authgate.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiGatewayPayload;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.HttpCall;
import dev.authgate.testsupport.LambdaEdge;
import dev.authgate.testsupport.TestStack;

/**
 * What API Gateway's {@code $default} route (an HTTP API) or greedy proxy resource (a REST API) sends to the API
 * function is answered as the local app answers it: the envelope with 404 or 405, and 204 for a preflight.
 */
class DefaultRouteTest {

    private final LambdaEdge lambda = TestStack.get().lambdaEdge(ApiGatewayPayload.HTTP_API_V2);

    private ApiResponse send(ApiGatewayPayload payload, HttpCall call) {
        return LambdaEdge.fromProxyResponse(lambda.invoke(payload.eventOnDefaultRoute(call)));
    }

    @ParameterizedTest
    @EnumSource(ApiGatewayPayload.class)
    void anUnknownPathAnswers404WithTheEnvelope(ApiGatewayPayload payload) {
        ApiResponse response = send(payload, HttpCall.get("/auth/nowhere"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.errorType()).isEqualTo("NotFound");
    }

    @ParameterizedTest
    @EnumSource(ApiGatewayPayload.class)
    void aWrongMethodOnAContractPathAnswers405WithTheEnvelopeAndTheAllowedMethods(ApiGatewayPayload payload) {
        ApiResponse response = send(payload, HttpCall.get("/auth/sign-in"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.errorType()).isEqualTo("MethodNotAllowed");
        assertThat(response.header("Allow")).isEqualTo("POST");
    }

    @ParameterizedTest
    @EnumSource(ApiGatewayPayload.class)
    void aPreflightOnAContractPathAnswers204(ApiGatewayPayload payload) {
        ApiResponse response = send(payload, HttpCall.of("OPTIONS", "/auth/sign-in")
                .withHeader("Origin", "https://app.example.com")
                .withHeader("Access-Control-Request-Method", "POST"));

        assertThat(response.statusCode()).isEqualTo(204);
    }
}
