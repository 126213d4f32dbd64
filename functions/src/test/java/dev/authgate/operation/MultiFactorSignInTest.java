package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Authenticator;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/**
 * A user sets up an authenticator app, chooses it, and is asked for its code at sign-in, on every edge. The codes
 * come from a TOTP library, as from the user's app. The test stack's pool has {@code authgate.mfa: optional}.
 */
class MultiFactorSignInTest {

    private final TestStack stack = TestStack.get();

    private static HttpCall put(String path, String body) {
        return new HttpCall("PUT", path, Map.of("Content-Type", "application/json"), body);
    }

    private Instant now() {
        return stack.clock().instant();
    }

    /** A signed-in user who has set up an authenticator and chosen it. */
    private record Enrolled(TestUser user, String accessToken, String secret) {
    }

    private Enrolled enrolled(Edge edge) {
        TestUser user = stack.confirmedUser(edge);
        String accessToken = stack.signIn(edge, user).field("accessToken");
        String secret = edge.send(post("/auth/mfa/totp", "{}").withBearer(accessToken)).field("secret");
        edge.send(post("/auth/mfa/totp/verify", "{\"code\":\"" + Authenticator.code(secret, now()) + "\",\"deviceName\":\"Ada's phone\"}")
                .withBearer(accessToken));
        edge.send(put("/auth/mfa", "{\"preferred\":\"TOTP\"}").withBearer(accessToken));
        return new Enrolled(user, accessToken, secret);
    }

    private static String answer(TestUser user, String session, String code) {
        return "{\"username\":\"" + user.username() + "\",\"session\":\"" + session
                + "\",\"challengeName\":\"SOFTWARE_TOKEN_MFA\",\"confirmationCode\":\"" + code + "\"}";
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void startingSetUpAnswersTheSecretAndAnOtpauthUriNamingTheIssuerAndTheUser(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(post("/auth/mfa/totp", "{}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
        String secret = response.field("secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(response.field("uri")).isEqualTo("otpauth://totp/authgate:" + user.username().replace("@", "%40")
                + "?secret=" + secret + "&issuer=authgate");
        assertThat(response.json().has("session")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aVerifiedAndChosenAuthenticatorShowsInTheUsersFactors(EdgeKind kind) {
        Enrolled enrolled = enrolled(kind.edge());

        ApiResponse user = kind.edge().send(get("/auth/user").withBearer(enrolled.accessToken()));

        assertThat(user.json().path("mfa").path("enabled").toString()).isEqualTo("[\"TOTP\"]");
        assertThat(user.json().path("mfa").path("preferred").asString()).isEqualTo("TOTP");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aUserWithoutAFactorHasNoneInTheirAccount(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(get("/auth/user").withBearer(accessToken));

        assertThat(response.json().path("mfa").path("enabled").size()).isZero();
        assertThat(response.json().path("mfa").has("preferred")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void enrolSignOutSignInAndTheAuthenticatorsCodeAnswersTheTokens(EdgeKind kind) {
        Enrolled enrolled = enrolled(kind.edge());
        assertThat(kind.edge().send(post("/auth/sign-out", "{}").withBearer(enrolled.accessToken())).statusCode()).isEqualTo(200);

        ApiResponse challenge = kind.edge().send(post("/auth/sign-in", enrolled.user().credentials()));

        assertThat(challenge.statusCode()).isEqualTo(200);
        assertThat(challenge.field("challengeName")).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(challenge.field("message")).contains("POST /auth/token");
        assertThat(challenge.json().has("accessToken")).isFalse();
        // the next step's code: set-up used this step's, and a code is accepted once
        ApiResponse tokens = kind.edge().send(post("/auth/token", answer(enrolled.user(), challenge.field("session"),
                Authenticator.code(enrolled.secret(), now().plusSeconds(30)))));
        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(tokens.field("accessToken")).isNotBlank();
        assertThat(kind.edge().send(get("/auth/user").withBearer(tokens.field("accessToken"))).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongAuthenticatorCodeAtSignInAnswers400CodeMismatch(EdgeKind kind) {
        Enrolled enrolled = enrolled(kind.edge());
        String session = kind.edge().send(post("/auth/sign-in", enrolled.user().credentials())).field("session");

        ApiResponse response = kind.edge().send(post("/auth/token", answer(enrolled.user(), session,
                Authenticator.wrongCode(enrolled.secret(), now()))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("CodeMismatchException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongFirstCodeAnswers400AndTheAuthenticatorIsNotSetUp(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");
        String secret = kind.edge().send(post("/auth/mfa/totp", "{}").withBearer(accessToken)).field("secret");

        ApiResponse response = kind.edge().send(post("/auth/mfa/totp/verify",
                "{\"code\":\"" + Authenticator.wrongCode(secret, now()) + "\"}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("EnableSoftwareTokenMFAException");
        assertThat(kind.edge().send(put("/auth/mfa", "{\"preferred\":\"TOTP\"}").withBearer(accessToken)).errorType())
                .isEqualTo("InvalidParameterException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void turningMfaOffSignsInWithThePasswordAlone(EdgeKind kind) {
        Enrolled enrolled = enrolled(kind.edge());

        ApiResponse response = kind.edge().send(put("/auth/mfa", "{\"preferred\":\"OFF\"}").withBearer(enrolled.accessToken()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(kind.edge().send(post("/auth/sign-in", enrolled.user().credentials())).field("accessToken")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void choosingSmsWithoutAPhoneNumberAnswers400(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(put("/auth/mfa", "{\"preferred\":\"SMS\"}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidParameterException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aBearerTokenAndASessionTogetherAnswer400(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(post("/auth/mfa/totp", "{\"session\":\"" + "s".repeat(40) + "\"}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("not both");
    }
}
