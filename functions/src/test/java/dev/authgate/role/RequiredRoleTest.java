package dev.authgate.role;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.AppUnderTest;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.Json;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** {@code authgate.require-role}: as in the rocket, a sign-up must name a role when roles are configured. */
class RequiredRoleTest {

    private static final AppUnderTest app = AppUnderTest.start(RequiredRoleApplication.class);
    private final TestStack stack = TestStack.get();

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aSignUpWithoutARoleAnswers400WithTheRocketsMessageAndCreatesNoUser(EdgeKind kind) {
        String username = TestStack.newEmail();

        ApiResponse response = app.edge(kind).send(post("/auth/sign-up", Json.json("username", username, "password", TestUser.PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("Role not provided");
        assertThat(stack.admin().exists(stack.outputs().userPoolId(), username)).isFalse();
    }

    @Test
    void aSignUpNamingARoleGoesAhead() {
        ApiResponse response = app.edge(EdgeKind.LOCAL_WEB).send(post("/auth/sign-up", "{\"username\":\"" + TestStack.newEmail()
                + "\",\"password\":\"" + TestUser.PASSWORD + "\",\"userAttributes\":{\"role\":\"Member\"}}"));

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
