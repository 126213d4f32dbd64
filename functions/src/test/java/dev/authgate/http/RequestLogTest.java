package dev.authgate.http;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;
import dev.authgate.testsupport.StandardOutput;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** Every request writes one JSON log line that its {@code X-Request-Id} names, on every edge. */
class RequestLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aFailedSignInWritesOneJsonLineWithTheOperationStatusLatencyAndCognitoErrorType(EdgeKind kind) {
        TestUser user = TestStack.get().confirmedUser(kind.edge());

        var sent = StandardOutput.capture(() -> kind.edge().send(post("/auth/sign-in",
                "{\"username\":\"" + user.username() + "\",\"password\":\"Wr0ng-Password!\"}")));

        JsonNode line = lineOf(sent);
        assertThat(sent.result().statusCode()).isEqualTo(401);
        assertThat(Instant.parse(line.path("timestamp").asString())).isNotNull();
        assertThat(line.path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("message").asString()).isEqualTo("signIn answered 401");
        assertThat(line.path("operation").asString()).isEqualTo("signIn");
        assertThat(line.path("surface").asString()).isEqualTo("auth");
        assertThat(line.path("status").asInt()).isEqualTo(401);
        assertThat(line.path("latency_ms").isNumber()).isTrue();
        assertThat(line.path("error_type").asString()).isEqualTo("NotAuthorizedException");
        assertThat(line.toString()).doesNotContain(user.username(), "Wr0ng-Password!");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void onLambdaTheLineNamesLambdasRequestIdAndTheRequestIdIsApiGateways(EdgeKind kind) {
        var sent = StandardOutput.capture(() -> kind.edge().send(HttpCall.get("/auth/nowhere")));

        JsonNode line = lineOf(sent);
        assertThat(line.path("status").asInt()).isEqualTo(404);
        assertThat(line.path("error_type").asString()).isEqualTo("NotFound");
        assertThat(line.has("operation")).isFalse();
        if (kind == EdgeKind.LOCAL_WEB) {
            assertThat(line.has("function_request_id")).isFalse();
        } else {
            assertThat(line.path("function_request_id").asString()).isNotBlank().isNotEqualTo(line.path("correlation_id").asString());
        }
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void twoRequestsGetTwoRequestIds(EdgeKind kind) {
        ApiResponse first = kind.edge().send(HttpCall.get("/auth/nowhere"));
        ApiResponse second = kind.edge().send(HttpCall.get("/auth/nowhere"));

        assertThat(first.header("X-Request-Id")).isNotBlank().isNotEqualTo(second.header("X-Request-Id"));
    }

    /** The one line naming the response's request id. */
    private static JsonNode lineOf(StandardOutput.Captured<ApiResponse> sent) {
        String requestId = sent.result().header("X-Request-Id");
        assertThat(requestId).isNotBlank();
        var lines = sent.lines().stream().filter(line -> line.startsWith("{")).map(JSON::readTree)
                .filter(line -> requestId.equals(line.path("correlation_id").asString(null))).toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
