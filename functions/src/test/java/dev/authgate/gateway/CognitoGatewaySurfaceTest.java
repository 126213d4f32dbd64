package dev.authgate.gateway;

import static dev.authgate.testsupport.HttpCall.delete;
import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** cognito-gateway's eleven operations, at its paths, with its field names and response shapes. */
class CognitoGatewaySurfaceTest {

    private static final String NEW_PASSWORD = "N3w-Passw0rd!";

    private final TestStack stack = TestStack.get();

    private TestUser signedUp(Edge edge) {
        TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);
        assertThat(edge.send(post("/signUp", user.credentials())).statusCode()).isEqualTo(200);
        return user;
    }

    private TestUser confirmed(Edge edge) {
        TestUser user = signedUp(edge);
        edge.send(post("/signUpConfirm", json("username", user.username(), "verificationCode", stack.latestCode(user.username(), "SIGN_UP"))));
        return user;
    }

    private ApiResponse signIn(Edge edge, TestUser user) {
        return edge.send(post("/signIn", user.credentials()));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signUpAnswersTheUserAndWhereTheCodeWent(EdgeKind kind) {
        String username = TestStack.newEmail();

        ApiResponse response = kind.edge().send(post("/signUp",
                "{\"username\":\"" + username + "\",\"password\":\"" + TestUser.PASSWORD + "\",\"attributes\":{\"name\":\"Ada\"}}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("user").path("username").asString()).isEqualTo(username);
        assertThat(response.json().path("user").path("attributes").path("name").asString()).isEqualTo("Ada");
        assertThat(response.json().path("user").path("sub").asString()).isNotBlank();
        assertThat(response.field("verificationAttribute")).isEqualTo("email");
        assertThat(response.field("verificationMedium")).isEqualTo("EMAIL");
        assertThat(response.field("verificationValue")).contains("***").doesNotContain(username);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signUpConfirmAnswersSuccess(EdgeKind kind) {
        TestUser user = signedUp(kind.edge());

        ApiResponse response = kind.edge().send(post("/signUpConfirm",
                json("username", user.username(), "verificationCode", stack.latestCode(user.username(), "SIGN_UP"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("status")).isEqualTo("success");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signUpConfirmResendAnswersWhereTheNewCodeWent(EdgeKind kind) {
        TestUser user = signedUp(kind.edge());

        ApiResponse response = kind.edge().send(post("/signUpConfirmResend", json("username", user.username())));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("verificationMedium")).isEqualTo("EMAIL");
        assertThat(stack.latestCode(user.username(), "RESEND")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signInAnswersTokensAndTheTimeTheyWereIssued(EdgeKind kind) {
        TestUser user = confirmed(kind.edge());
        long before = Instant.now().getEpochSecond();

        ApiResponse response = signIn(kind.edge(), user);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("accessToken")).isNotBlank();
        assertThat(response.field("refreshToken")).isNotBlank();
        assertThat(response.field("idToken")).isNotBlank();
        assertThat(response.json().path("time").asLong()).isBetween(before, before + 60);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signInThatMeetsAChallengeAnswersItInThePrimarySurfacesShape(EdgeKind kind) {
        TestUser user = stack.admin().createWithTemporaryPassword(stack.outputs().userPoolId());

        ApiResponse response = signIn(kind.edge(), user);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("challengeName")).isEqualTo("NEW_PASSWORD_REQUIRED");
        assertThat(response.field("session")).isNotBlank();
        assertThat(response.field("message")).contains("/auth/token");
        assertThat(response.json().has("challenge")).isFalse();
        assertThat(response.json().has("accessToken")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signInWithAWrongPasswordAnswersTheSameErrorAsThePrimarySurface(EdgeKind kind) {
        TestUser user = confirmed(kind.edge());

        ApiResponse response = signIn(kind.edge(), new TestUser(user.username(), "Wr0ng-Password!"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("NotAuthorizedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void refreshTokenAnswersNewAccessAndIdTokens(EdgeKind kind) {
        ApiResponse tokens = signIn(kind.edge(), confirmed(kind.edge()));

        ApiResponse response = kind.edge().send(post("/refreshToken", json("refreshToken", tokens.field("refreshToken"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("accessToken")).isNotBlank();
        assertThat(response.field("idToken")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signOutGlobalEndsTheUsersSessions(EdgeKind kind) {
        ApiResponse tokens = signIn(kind.edge(), confirmed(kind.edge()));

        ApiResponse response = kind.edge().send(post("/signOutGlobal", null).withBearer(tokens.field("accessToken")));

        assertThat(response.field("status")).isEqualTo("success");
        assertThat(kind.edge().send(post("/refreshToken", json("refreshToken", tokens.field("refreshToken")))).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void changePasswordTakesTheAccessTokenInTheBody(EdgeKind kind) {
        TestUser user = confirmed(kind.edge());
        String accessToken = signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(post("/changePassword",
                json("password", user.password(), "newPassword", NEW_PASSWORD, "accessToken", accessToken)));

        assertThat(response.field("status")).isEqualTo("success");
        assertThat(signIn(kind.edge(), new TestUser(user.username(), NEW_PASSWORD)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void changePasswordTakesTheAccessTokenAsABearerHeader(EdgeKind kind) {
        TestUser user = confirmed(kind.edge());
        String accessToken = signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(post("/changePassword",
                json("password", user.password(), "newPassword", NEW_PASSWORD)).withBearer(accessToken));

        assertThat(response.field("status")).isEqualTo("success");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void changePasswordWithAForgedBodyTokenAnswers401(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/changePassword",
                json("password", TestUser.PASSWORD, "newPassword", NEW_PASSWORD, "accessToken", "forged.token.here")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void forgotPasswordRequestAndConfirmSetANewPassword(EdgeKind kind) {
        TestUser user = confirmed(kind.edge());

        ApiResponse requested = kind.edge().send(post("/forgotPasswordRequest", json("username", user.username())));
        ApiResponse confirmed = kind.edge().send(post("/forgotPasswordConfirm", json("username", user.username(),
                "confirmationCode", stack.latestCode(user.username(), "FORGOT_PASSWORD"), "password", NEW_PASSWORD)));

        assertThat(requested.field("status")).isEqualTo("success");
        assertThat(requested.field("verificationMedium")).isEqualTo("EMAIL");
        assertThat(confirmed.field("status")).isEqualTo("success");
        assertThat(signIn(kind.edge(), new TestUser(user.username(), NEW_PASSWORD)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void getUserAnswersTheUsernameAndAttributes(EdgeKind kind) {
        TestUser user = confirmed(kind.edge());
        String accessToken = signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(get("/user").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("username")).isEqualTo(user.username());
        assertThat(response.json().path("attributes").path("email").asString()).isEqualTo(user.username());
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void deleteUserDeletesTheBearersAccount(EdgeKind kind) {
        TestUser user = confirmed(kind.edge());
        String accessToken = signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(delete("/user").withBearer(accessToken));

        assertThat(response.field("status")).isEqualTo("success");
        assertThat(signIn(kind.edge(), user).statusCode()).isEqualTo(401);
    }
}
