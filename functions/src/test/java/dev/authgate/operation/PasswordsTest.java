package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** Forgotten passwords and password changes. */
class PasswordsTest {

    private static final String NEW_PASSWORD = "N3w-Passw0rd!";

    private final TestStack stack = TestStack.get();

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void forgettingThePasswordSendsACodeThatSetsANewOne(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());

        ApiResponse forgot = kind.edge().send(post("/auth/password/forgot", json("username", user.username())));
        ApiResponse changed = kind.edge().send(post("/auth/password/change", json("username", user.username(),
                "password", NEW_PASSWORD, "confirmationCode", stack.latestCode(user.username(), "FORGOT_PASSWORD"))));

        assertThat(forgot.statusCode()).isEqualTo(200);
        assertThat(forgot.field("message"))
                .isEqualTo("The confirmation code to change your password has been sent to: " + user.username() + ".");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.field("message")).isEqualTo("Your password has been successfully changed.");
        assertThat(stack.signIn(kind.edge(), new TestUser(user.username(), NEW_PASSWORD)).field("accessToken")).isNotBlank();
        assertThat(kind.edge().send(post("/auth/sign-in", user.credentials())).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongForgotPasswordCodeAnswers400WithCodeMismatchException(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        kind.edge().send(post("/auth/password/forgot", json("username", user.username())));
        String wrong = stack.latestCode(user.username(), "FORGOT_PASSWORD").equals("000000") ? "111111" : "000000";

        ApiResponse response = kind.edge().send(post("/auth/password/change",
                json("username", user.username(), "password", NEW_PASSWORD, "confirmationCode", wrong)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("CodeMismatchException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWeakNewPasswordAnswers400WithInvalidPasswordException(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        kind.edge().send(post("/auth/password/forgot", json("username", user.username())));

        ApiResponse response = kind.edge().send(post("/auth/password/change", json("username", user.username(),
                "password", "weak", "confirmationCode", stack.latestCode(user.username(), "FORGOT_PASSWORD"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidPasswordException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theBearerChangesTheirPasswordGivenTheCurrentOne(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(post("/auth/password/update",
                json("oldPassword", user.password(), "newPassword", NEW_PASSWORD)).withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stack.signIn(kind.edge(), new TestUser(user.username(), NEW_PASSWORD)).field("accessToken")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void changingThePasswordWithAWrongCurrentOneAnswers401WithNotAuthorizedException(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(post("/auth/password/update",
                json("oldPassword", "Wr0ng-Password!", "newPassword", NEW_PASSWORD)).withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("NotAuthorizedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void changingThePasswordWithoutABearerTokenAnswers401(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/password/update",
                json("oldPassword", TestUser.PASSWORD, "newPassword", NEW_PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("Unauthorized");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
