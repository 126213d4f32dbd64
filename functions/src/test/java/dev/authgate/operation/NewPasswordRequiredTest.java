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

/** A user an administrator created must choose a new password: sign-in answers the challenge, never empty tokens. */
class NewPasswordRequiredTest {

    private final TestStack stack = TestStack.get();

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingInWithATemporaryPasswordAnswersTheChallengeAndWhatToSendNext(EdgeKind kind) {
        TestUser user = stack.admin().createWithTemporaryPassword(stack.outputs().userPoolId());

        ApiResponse response = kind.edge().send(post("/auth/sign-in", user.credentials()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("challengeName")).isEqualTo("NEW_PASSWORD_REQUIRED");
        assertThat(response.field("session")).isNotBlank();
        assertThat(response.field("message")).contains("newPassword").contains("/auth/token");
        assertThat(response.json().has("accessToken")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void answeringWithANewPasswordAnswersTokens(EdgeKind kind) {
        TestUser user = stack.admin().createWithTemporaryPassword(stack.outputs().userPoolId());
        String session = kind.edge().send(post("/auth/sign-in", user.credentials())).field("session");

        ApiResponse response = kind.edge().send(post("/auth/token",
                json("username", user.username(), "session", session, "newPassword", "Ch0sen-Password!")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("accessToken")).isNotBlank();
        assertThat(stack.signIn(kind.edge(), new TestUser(user.username(), "Ch0sen-Password!")).field("accessToken")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anInvalidSessionAnswers401(EdgeKind kind) {
        TestUser user = stack.admin().createWithTemporaryPassword(stack.outputs().userPoolId());

        ApiResponse response = kind.edge().send(post("/auth/token",
                json("username", user.username(), "session", "x".repeat(40), "newPassword", "Ch0sen-Password!")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("NotAuthorizedException");
    }
}
