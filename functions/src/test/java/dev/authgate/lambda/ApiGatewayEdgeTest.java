package dev.authgate.lambda;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.authgate.testsupport.ApiGatewayPayload;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.LambdaEdge;
import dev.authgate.testsupport.TestStack;

/** The Lambda handler answers API Gateway as a proxy integration must, whatever it is sent. */
class ApiGatewayEdgeTest {

    private final LambdaEdge lambda = TestStack.get().lambdaEdge(ApiGatewayPayload.HTTP_API_V2);

    @ParameterizedTest
    @EnumSource(ApiGatewayPayload.class)
    void theProxyResponseCarriesOnlyTheStatusHeadersAndBodyApiGatewayReads(ApiGatewayPayload payload) {
        byte[] output = lambda.invoke(payload.event(post("/auth/nowhere", "{}")));

        JsonNode response = JsonMapper.builder().build().readTree(output);
        assertThat(response.path("statusCode").asInt()).isEqualTo(404);
        assertThat(response.path("body").isString()).isTrue();
        assertThat(response.path("isBase64Encoded").asBoolean(true)).isFalse();
        assertThat(response.path("headers").propertyNames()).containsOnly("Content-Type", "Cache-Control", "X-Request-Id");
    }

    @Test
    void aHeaderNamingAnotherFunctionDoesNotChooseTheFunction() {
        String username = TestStack.newEmail();
        var call = post("/auth/sign-up", "{\"username\":\"" + username + "\",\"password\":\"Corr3ct-Horse!\"}")
                .withHeader("spring.cloud.function.definition", "signIn")
                .withHeader("spring.cloud.function.routing-expression", "'signIn'");

        ApiResponse response = lambda.send(call);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("username")).isEqualTo(username);
    }

    @Test
    void anEventThatIsNotFromApiGatewayStillAnswersAProxyResponse() {
        byte[] output = lambda.invoke("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));

        ApiResponse response = LambdaEdge.fromProxyResponse(output);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
    }

    @Test
    void aClientContentTypeDoesNotSteerTheConversionOfTheEvent() {
        var call = post("/auth/sign-in", "{\"username\":\"nobody@example.com\",\"password\":\"Corr3ct-Horse!\"}")
                .withHeader("Content-Type", "text/plain")
                .withHeader("contentType", "application/octet-stream");

        ApiResponse response = lambda.send(call);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("NotAuthorizedException");
    }

    @Test
    void aBase64EncodedBodyIsDecoded() {
        String json = "{\"username\":\"nobody@example.com\",\"password\":\"Corr3ct-Horse!\"}";
        byte[] event = ApiGatewayPayload.HTTP_API_V2.event(post("/auth/sign-in",
                java.util.Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8))));
        var tree = (tools.jackson.databind.node.ObjectNode) JsonMapper.builder().build().readTree(event);
        tree.put("isBase64Encoded", true);

        ApiResponse response = LambdaEdge.fromProxyResponse(lambda.invoke(JsonMapper.builder().build().writeValueAsBytes(tree)));

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
