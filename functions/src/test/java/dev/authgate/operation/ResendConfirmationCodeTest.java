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

class ResendConfirmationCodeTest {

    private final TestStack stack = TestStack.get();

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void resendingSendsANewCodeThatConfirmsTheUser(EdgeKind kind) {
        TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);
        kind.edge().send(post("/auth/sign-up", user.credentials()));

        ApiResponse response = kind.edge().send(post("/auth/sign-up/resend-code", json("username", user.username())));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message"))
                .isEqualTo("The confirmation code to activate your account has been sent to: " + user.username() + ".");
        String code = stack.latestCode(user.username(), "RESEND");
        assertThat(kind.edge().send(post("/auth/sign-up/confirm", json("username", user.username(), "confirmationCode", code)))
                .statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theCodeSentBeforeAResendNoLongerConfirms(EdgeKind kind) {
        TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);
        kind.edge().send(post("/auth/sign-up", user.credentials()));
        String first = stack.latestCode(user.username(), "SIGN_UP");
        kind.edge().send(post("/auth/sign-up/resend-code", json("username", user.username())));
        String second = stack.latestCode(user.username(), "RESEND");

        ApiResponse response = kind.edge().send(post("/auth/sign-up/confirm", json("username", user.username(), "confirmationCode", first)));

        assertThat(second).isNotEqualTo(first);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("CodeMismatchException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void usernamesAreTrimmedAndCompareWithoutRegardToCase(EdgeKind kind) {
        TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);
        kind.edge().send(post("/auth/sign-up", user.credentials()));
        String shouted = "  " + user.username().toUpperCase(java.util.Locale.ROOT) + " ";

        ApiResponse response = kind.edge().send(post("/auth/sign-up/confirm",
                json("username", shouted, "confirmationCode", stack.latestCode(user.username(), "SIGN_UP"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stack.signIn(kind.edge(), user).field("accessToken")).isNotBlank();
    }
}
