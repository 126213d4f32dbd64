package dev.authgate.http;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;

/** Requests that cannot be served answer the envelope with the right 4xx status on every edge. */
class BadRequestsTest {

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void malformedJsonAnswers400WithInvalidRequest(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-in", "{\"username\": "));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
        assertThat(response.errorMessage()).isEqualTo("The request body is not valid JSON.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aMissingFieldAnswers400NamingTheField(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-up/confirm", "{\"username\":\"someone@example.com\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
        assertThat(response.errorMessage()).isEqualTo("The field 'confirmationCode' is required.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anIllTypedFieldAnswers400NamingTheField(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-in", "{\"username\":[\"a\"],\"password\":\"x\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("The field 'username' must be a string.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aBodyThatIsNotAnObjectAnswers400(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-in", "\"just a string\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("The request body must be a JSON object.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aMissingBodyAnswers400(EdgeKind kind) {
        ApiResponse response = kind.edge().send(HttpCall.of("POST", "/auth/sign-in"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("The request body is required.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aBodyOverTheLimitAnswers413(EdgeKind kind) {
        String big = "{\"username\":\"" + "a".repeat(70_000) + "\",\"password\":\"x\"}";

        ApiResponse response = kind.edge().send(post("/auth/sign-in", big));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.errorType()).isEqualTo("PayloadTooLarge");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anUnknownRouteAnswers404WithNotFound(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/nowhere", "{}"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.errorType()).isEqualTo("NotFound");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongMethodOnAKnownPathAnswers405WithTheAllowedMethods(EdgeKind kind) {
        ApiResponse response = kind.edge().send(HttpCall.get("/auth/sign-in"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.errorType()).isEqualTo("MethodNotAllowed");
        assertThat(response.header("Allow")).isEqualTo("POST");
    }
}
