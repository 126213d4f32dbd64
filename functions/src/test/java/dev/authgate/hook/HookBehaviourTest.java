package dev.authgate.hook;

import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.AppUnderTest;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** What hooks and configured headers do, through every edge. */
class HookBehaviourTest {

    private static final AppUnderTest app = AppUnderTest.start(HookBehaviourApplication.class);
    private final TestStack stack = TestStack.get();

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aPreHookChangesTheRequest(EdgeKind kind) {
        TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);

        ApiResponse response = app.edge(kind).send(post("/auth/sign-up", user.credentials()).withHeader("X-Display-Name", "Ada"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("userAttributes").path("name").asString()).isEqualTo("Ada");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anAsynchronousPreHookRejectsWithItsStatusTypeAndMessage(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/auth/password/forgot", json("username", TestStack.newEmail()))
                .withHeader("X-Block", "yes"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.errorType()).isEqualTo("Blocked");
        assertThat(response.errorMessage()).isEqualTo("Password resets are closed for this client.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anAsynchronousPreHookThatLetsTheRequestThroughLetsItThrough(EdgeKind kind) {
        Edge edge = app.edge(kind);
        TestUser user = stack.confirmedUser(edge);

        assertThat(edge.send(post("/auth/password/forgot", json("username", user.username()))).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aPostHookOnTheErrorPathReplacesTheErrorWithAResponse(EdgeKind kind) {
        TestUser alreadyConfirmed = stack.confirmedUser(app.edge(kind));

        ApiResponse response = app.edge(kind).send(post("/auth/sign-up/resend-code", json("username", alreadyConfirmed.username())));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).isEqualTo("If the account exists, a code was sent.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aPostHookOnTheErrorPathReplacesTheErrorWithAnother(EdgeKind kind) {
        TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);
        app.edge(kind).send(post("/auth/sign-up", user.credentials()));

        ApiResponse response = app.edge(kind).send(post("/auth/sign-up/confirm", json("username", user.username(), "confirmationCode", "000000x")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("WrongCode");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aHookErrorWithoutAStatusIsA500WithAGenericMessage(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/auth/token/refresh", json("refreshToken", "whatever-token")));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.errorType()).isEqualTo("InternalError");
        assertThat(response.body()).doesNotContain("internal detail").doesNotContain("IllegalStateException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void twoPostHooksRunInTheirOrderAndChangeTheResponse(EdgeKind kind) {
        Edge edge = app.edge(kind);
        String accessToken = stack.signIn(edge, stack.confirmedUser(edge)).field("accessToken");

        ApiResponse response = edge.send(get("/auth/user").withBearer(accessToken));

        assertThat(response.field("trail")).isEqualTo("ab");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aHookOfChangePasswordSeesNoPasswordAndCannotChangeIt(EdgeKind kind) {
        Edge edge = app.edge(kind);
        TestUser user = stack.confirmedUser(edge);
        String accessToken = stack.signIn(edge, user).field("accessToken");

        ApiResponse response = edge.send(post("/auth/password/update",
                json("oldPassword", user.password(), "newPassword", "N3w-Passw0rd!")).withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void configuredHeadersComeWithSuccessesAndErrorsAlike(EdgeKind kind) {
        ApiResponse error = app.edge(kind).send(post("/auth/sign-in", "{"));
        ApiResponse notFound = app.edge(kind).send(get("/nowhere"));

        for (ApiResponse response : new ApiResponse[] {error, notFound}) {
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=63072000");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anAllowedOriginGetsTheCorsHeaders(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/auth/sign-in", "{").withHeader("Origin", "https://app.example.com"));

        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(response.header("Vary")).contains("Origin");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anOriginNotAllowedGetsNoCorsHeaders(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/auth/sign-in", "{").withHeader("Origin", "https://evil.example"));

        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aPreflightOnAContractPathAnswers204WithTheCorsHeaders(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(HttpCall.of("OPTIONS", "/auth/user")
                .withHeader("Origin", "https://app.example.com")
                .withHeader("Access-Control-Request-Method", "DELETE")
                .withHeader("Access-Control-Request-Headers", "authorization"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("DELETE");
        assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aPreflightForPutOnTheMfaPreferenceAllowsPutWithoutAMethodsSetting(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(HttpCall.of("OPTIONS", "/auth/mfa")
                .withHeader("Origin", "https://app.example.com")
                .withHeader("Access-Control-Request-Method", "PUT"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Methods").split(", ")).contains("PUT");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aPreflightOnAnUnknownPathAnswers404(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(HttpCall.of("OPTIONS", "/nowhere").withHeader("Origin", "https://app.example.com"));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aHookNamedAsCognitoGatewayNamedTheOperationRunsOnBothSurfacesRoutes(EdgeKind kind) {
        String body = json("username", TestStack.newEmail(), "confirmationCode", "123456");
        String gatewayBody = json("username", TestStack.newEmail(), "verificationCode", "123456");

        ApiResponse primary = app.edge(kind).send(post("/auth/sign-up/confirm", body).withHeader("X-Closed", "yes"));
        ApiResponse gateway = app.edge(kind).send(post("/signUpConfirm", gatewayBody).withHeader("X-Closed", "yes"));

        assertThat(primary.statusCode()).isEqualTo(403);
        assertThat(primary.errorType()).isEqualTo("Closed");
        assertThat(gateway.statusCode()).isEqualTo(403);
        assertThat(gateway.errorType()).isEqualTo("Closed");
    }
}
