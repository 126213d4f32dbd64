package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;

/** Refreshing, revoking and signing out, and that ended sessions really end. */
class TokenLifecycleTest {

    private final TestStack stack = TestStack.get();

    private ApiResponse tokens(Edge edge) {
        return stack.signIn(edge, stack.confirmedUser(edge));
    }

    private static ApiResponse refresh(Edge edge, String refreshToken) {
        return edge.send(post("/auth/token/refresh", json("refreshToken", refreshToken)));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void refreshingAnswersNewTokensAndTheRefreshTokenItWasGiven(EdgeKind kind) {
        ApiResponse tokens = tokens(kind.edge());

        ApiResponse refreshed = refresh(kind.edge(), tokens.field("refreshToken"));

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(refreshed.field("accessToken")).isNotBlank().isNotEqualTo(tokens.field("accessToken"));
        assertThat(refreshed.field("idToken")).isNotBlank();
        assertThat(refreshed.field("refreshToken")).isEqualTo(tokens.field("refreshToken"));
        assertThat(refreshed.field("tokenType")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void refreshingWithAnUnknownTokenAnswers401(EdgeKind kind) {
        ApiResponse response = refresh(kind.edge(), "not-a-refresh-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("NotAuthorizedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void revokingARefreshTokenEndsThatSessionOnly(EdgeKind kind) {
        ApiResponse ended = tokens(kind.edge());
        ApiResponse other = tokens(kind.edge());

        ApiResponse response = kind.edge().send(post("/auth/token/revoke", json("refreshToken", ended.field("refreshToken"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).isEqualTo("Signed out");
        assertThat(refresh(kind.edge(), ended.field("refreshToken")).statusCode()).isEqualTo(401);
        assertThat(refresh(kind.edge(), other.field("refreshToken")).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void revokingAnAccessTokenSignsTheUserOutEverywhere(EdgeKind kind) {
        ApiResponse tokens = tokens(kind.edge());

        ApiResponse response = kind.edge().send(post("/auth/token/revoke", json("accessToken", tokens.field("accessToken"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(refresh(kind.edge(), tokens.field("refreshToken")).statusCode()).isEqualTo(401);
        ApiResponse user = kind.edge().send(get("/auth/user").withBearer(tokens.field("accessToken")));
        assertThat(user.statusCode()).isEqualTo(401);
        assertThat(user.errorType()).isEqualTo("NotAuthorizedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void revokingWithBothTokensOrNeitherAnswers400(EdgeKind kind) {
        assertThat(kind.edge().send(post("/auth/token/revoke", json("accessToken", "a", "refreshToken", "b"))).statusCode()).isEqualTo(400);
        assertThat(kind.edge().send(post("/auth/token/revoke", "{}")).statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingOutEndsEveryTokenOfTheUser(EdgeKind kind) {
        ApiResponse tokens = tokens(kind.edge());

        ApiResponse response = kind.edge().send(post("/auth/sign-out", null).withBearer(tokens.field("accessToken")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).isEqualTo("Signed out");
        assertThat(refresh(kind.edge(), tokens.field("refreshToken")).statusCode()).isEqualTo(401);
        assertThat(kind.edge().send(get("/auth/user").withBearer(tokens.field("accessToken"))).statusCode()).isEqualTo(401);
    }
}
