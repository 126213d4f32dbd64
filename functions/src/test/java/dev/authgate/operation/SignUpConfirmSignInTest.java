package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;

/** Sign-up, confirmation and sign-in in UserPassword mode, through every edge, against the emulator. */
class SignUpConfirmSignInTest {

    private static final String PASSWORD = "Corr3ct-Horse!";

    private final TestStack stack = TestStack.get();

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    private ApiResponse signUp(Edge edge, String username, String password) {
        return edge.send(post("/auth/sign-up", credentials(username, password)));
    }

    private ApiResponse confirm(Edge edge, String username, String code) {
        return edge.send(post("/auth/sign-up/confirm", "{\"username\":\"" + username + "\",\"confirmationCode\":\"" + code + "\"}"));
    }

    private String confirmedUser(Edge edge) {
        String username = TestStack.newEmail();
        assertThat(signUp(edge, username, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(confirm(edge, username, stack.latestCode(username, "SIGN_UP")).statusCode()).isEqualTo(200);
        return username;
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingUpAnswersTheNewUsersIdAndUsername(EdgeKind kind) {
        String username = TestStack.newEmail();

        ApiResponse response = signUp(kind.edge(), username, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.field("id")).isNotBlank();
        assertThat(response.field("username")).isEqualTo(username);
        assertThat(response.json().path("userAttributes").isObject()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void confirmingWithTheCodeFromTheOutboxConfirmsTheUser(EdgeKind kind) {
        String username = TestStack.newEmail();
        signUp(kind.edge(), username, PASSWORD);

        ApiResponse response = confirm(kind.edge(), username, stack.latestCode(username, "SIGN_UP"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).isEqualTo("The username: " + username + " has been confirmed.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingInAsAConfirmedUserAnswersBearerTokens(EdgeKind kind) {
        String username = confirmedUser(kind.edge());

        ApiResponse response = kind.edge().send(post("/auth/sign-in", credentials(username, PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("accessToken")).isNotBlank();
        assertThat(response.field("idToken")).isNotBlank();
        assertThat(response.field("refreshToken")).isNotBlank();
        assertThat(response.json().path("expiresIn").asInt()).isPositive();
        assertThat(response.field("tokenType")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingUpWithATakenUsernameAnswers409WithUsernameExistsException(EdgeKind kind) {
        String username = TestStack.newEmail();
        signUp(kind.edge(), username, PASSWORD);

        ApiResponse response = signUp(kind.edge(), username, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.errorType()).isEqualTo("UsernameExistsException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void confirmingWithAWrongCodeAnswers400WithCodeMismatchException(EdgeKind kind) {
        String username = TestStack.newEmail();
        signUp(kind.edge(), username, PASSWORD);
        String wrong = stack.latestCode(username, "SIGN_UP").equals("000000") ? "111111" : "000000";

        ApiResponse response = confirm(kind.edge(), username, wrong);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("CodeMismatchException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingInWithAWrongPasswordAnswers401WithNotAuthorizedException(EdgeKind kind) {
        String username = confirmedUser(kind.edge());

        ApiResponse response = kind.edge().send(post("/auth/sign-in", credentials(username, "Wr0ng-Password!")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("NotAuthorizedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingInBeforeConfirmingAnswers403WithUserNotConfirmedException(EdgeKind kind) {
        String username = TestStack.newEmail();
        signUp(kind.edge(), username, PASSWORD);

        ApiResponse response = kind.edge().send(post("/auth/sign-in", credentials(username, PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.errorType()).isEqualTo("UserNotConfirmedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingUpWithAWeakPasswordAnswers400WithInvalidPasswordException(EdgeKind kind) {
        ApiResponse response = signUp(kind.edge(), TestStack.newEmail(), "weak");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidPasswordException");
        assertThat(response.errorMessage()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingUpWithoutAPasswordInUserPasswordModeAnswers400NamingTheField(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-up", "{\"username\":\"" + TestStack.newEmail() + "\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
        assertThat(response.errorMessage()).contains("'password'");
    }
}
