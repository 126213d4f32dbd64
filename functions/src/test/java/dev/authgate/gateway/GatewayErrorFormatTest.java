package dev.authgate.gateway;

import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.AppUnderTest;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;

/**
 * {@code authgate.gateway.error-format: cognito-gateway}: the cognito-gateway routes answer errors as that package
 * did, {@code {"statusCode","message","name"}} with its statuses; the {@code /auth} routes keep the envelope.
 */
class GatewayErrorFormatTest {

    private static final AppUnderTest app = AppUnderTest.start(GatewayErrorFormatApplication.class);

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingInWithoutAPasswordAnswers401NamingBothFieldsItChecks(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/signIn", json("username", TestStack.newEmail())));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.json().path("statusCode").asInt()).isEqualTo(401);
        assertThat(response.field("name")).isEqualTo("USERNAME_AND_PASSWORD_ARE_REQUIRED");
        assertThat(response.field("message")).isEqualTo("`username` and `password` are required");
        assertThat(response.json().has("error")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void confirmingWithAnEmptyCodeAnswers401WithItsName(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/signUpConfirm", json("username", TestStack.newEmail(), "verificationCode", "")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.field("name")).isEqualTo("USERNAME_AND_VERIFICATION_CODE_ARE_REQUIRED");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void resendingWithoutAUsernameAnswers401UsernameIsRequired(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/signUpConfirmResend", "{}"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.field("name")).isEqualTo("USERNAME_IS_REQUIRED");
        assertThat(response.field("message")).isEqualTo("`username` is required");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongPasswordAnswersCognitosStatus400AndExceptionName(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/signIn", json("username", TestStack.newEmail(), "password", "Wr0ng-Passw0rd!")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.json().path("statusCode").asInt()).isEqualTo(400);
        assertThat(response.field("name")).isEqualTo("NotAuthorizedException");
        assertThat(response.field("message")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void gettingTheUserWithoutATokenAnswers401Unauthorized(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(get("/user"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.field("name")).isEqualTo("UNAUTHORIZED");
        assertThat(response.field("message")).isEqualTo("Unauthorized");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aFieldCognitoGatewayLeftToCognitoAnswers400InvalidParameterException(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/forgotPasswordConfirm", json("username", TestStack.newEmail())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.field("name")).isEqualTo("InvalidParameterException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theAuthRoutesKeepTheEnvelope(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/auth/sign-in", json("username", TestStack.newEmail())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
    }
}
