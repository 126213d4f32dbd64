package com.example.authgate;

import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.http.HttpRequest;
import dev.authgate.http.HttpResponse;
import dev.authgate.http.OperationDispatcher;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.AppUnderTest;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.FakeCognito;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** The README's example application, built on Authgate as a library, through both edges. */
class ExampleApplicationTest {

    private static final AppUnderTest app = AppUnderTest.start(ExampleApplication.class);
    private final TestStack stack = TestStack.get();

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aSignUpFromADisposableMailboxIsRefusedWith422(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/auth/sign-up", json("username", "someone@Mailinator.com", "password", TestUser.PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.errorType()).isEqualTo("UnprocessableContent");
        assertThat(response.errorMessage()).isEqualTo("Disposable email addresses are not accepted.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theSameHookGuardsCognitoGatewaysSignUp(EdgeKind kind) {
        ApiResponse response = app.edge(kind).send(post("/signUp", json("username", "someone@yopmail.com", "password", TestUser.PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void aRefusedSignUpNeverReachesCognito() {
        try (FakeCognito cognito = FakeCognito.failingWith(400, "InvalidParameterException");
                ConfigurableApplicationContext context = new SpringApplicationBuilder(ExampleApplication.class)
                        .web(WebApplicationType.NONE)
                        .run("--authgate.cognito.endpoint=" + cognito.endpoint(), "--authgate.cognito.user-pool-id=us-east-1_fake",
                                "--authgate.cognito.client-id=fake")) {
            OperationDispatcher api = context.getBean(OperationDispatcher.class);

            HttpResponse refused = api.dispatch(HttpRequest.of("POST", "/auth/sign-up", Map.of(),
                    json("username", "someone@mailinator.com", "password", TestUser.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            List<String> callsAfterRefusal = cognito.actions();
            api.dispatch(HttpRequest.of("POST", "/auth/sign-up", Map.of(),
                    json("username", "someone@example.com", "password", TestUser.PASSWORD).getBytes(StandardCharsets.UTF_8)));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(callsAfterRefusal).isEmpty();
            assertThat(cognito.actions()).containsExactly("SignUp");
        }
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aSignInAnswerSaysWhenItHappened(EdgeKind kind) {
        TestUser user = stack.confirmedUser(app.edge(kind));

        ApiResponse response = app.edge(kind).send(post("/auth/sign-in", user.credentials()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("accessToken")).isNotBlank();
        assertThat(response.field("signedInAt")).isNotBlank();
    }
}
