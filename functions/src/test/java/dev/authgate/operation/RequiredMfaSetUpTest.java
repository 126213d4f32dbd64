package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Authenticator;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/**
 * With {@code authgate.mfa: required}, a user without a factor is taken through setting up an authenticator app at
 * sign-in, with the sign-in's session, before any token is issued. The test stack's pool requires MFA for the length
 * of each test (the suite's tests run one at a time), as the pool of a stack deployed with {@code required} does.
 */
class RequiredMfaSetUpTest {

    private final TestStack stack = TestStack.get();

    @BeforeEach
    void requireMfa() {
        stack.admin().setMfaConfiguration(stack.outputs().userPoolId(), "ON");
    }

    @AfterEach
    void makeMfaOptionalAgain() {
        stack.admin().setMfaConfiguration(stack.outputs().userPoolId(), "OPTIONAL");
    }

    private static String withSession(TestUser user, String session, String more) {
        return "{\"username\":\"" + user.username() + "\",\"session\":\"" + session + "\"" + more + "}";
    }

    private static ApiResponse signIn(Edge edge, TestUser user) {
        return edge.send(post("/auth/sign-in", user.credentials()));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aUserWithoutAFactorIsAskedToSetOneUpAndGetsNoToken(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());

        ApiResponse response = signIn(kind.edge(), user);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("challengeName")).isEqualTo("MFA_SETUP");
        assertThat(response.field("message")).contains("POST /auth/mfa/totp");
        assertThat(response.json().has("accessToken")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theSignInsSessionTakesTheUserThroughSettingUpAnAuthenticatorToTheirTokens(EdgeKind kind) {
        Edge edge = kind.edge();
        TestUser user = stack.confirmedUser(edge);
        String session = signIn(edge, user).field("session");

        ApiResponse setUp = edge.send(post("/auth/mfa/totp", withSession(user, session, "")));
        assertThat(setUp.statusCode()).isEqualTo(200);
        String secret = setUp.field("secret");
        ApiResponse verified = edge.send(post("/auth/mfa/totp/verify", withSession(user, setUp.field("session"),
                ",\"code\":\"" + Authenticator.code(secret, stack.clock().instant()) + "\"")));
        assertThat(verified.statusCode()).isEqualTo(200);
        ApiResponse tokens = edge.send(post("/auth/token", withSession(user, verified.field("session"), ",\"challengeName\":\"MFA_SETUP\"")));

        assertThat(tokens.statusCode()).isEqualTo(200);
        ApiResponse account = edge.send(get("/auth/user").withBearer(tokens.field("accessToken")));
        assertThat(account.json().path("mfa").path("preferred").asString()).isEqualTo("TOTP");
        assertThat(signIn(edge, user).field("challengeName")).isEqualTo("SOFTWARE_TOKEN_MFA");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aSetUpSessionAlreadyUsedAnswers401(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String session = signIn(kind.edge(), user).field("session");
        kind.edge().send(post("/auth/mfa/totp", withSession(user, session, "")));

        ApiResponse again = kind.edge().send(post("/auth/mfa/totp", withSession(user, session, "")));

        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.errorType()).isEqualTo("NotAuthorizedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void finishingTheSignInBeforeTheAuthenticatorIsVerifiedAnswers401(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String session = signIn(kind.edge(), user).field("session");

        ApiResponse response = kind.edge().send(post("/auth/token", withSession(user, session, ",\"challengeName\":\"MFA_SETUP\"")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void settingUpWithNeitherABearerTokenNorASessionAnswers400NamingTheSession(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/mfa/totp", "{}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("'session'");
    }
}
