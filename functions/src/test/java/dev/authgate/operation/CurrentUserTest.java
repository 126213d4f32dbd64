package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.delete;
import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** Reading and deleting the bearer's own account. */
class CurrentUserTest {

    private final TestStack stack = TestStack.get();

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theBearerReadsTheirUsernameAttributesAndGroups(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(get("/auth/user").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("username")).isEqualTo(user.username());
        assertThat(response.json().path("attributes").path("email").asString()).isEqualTo(user.username());
        assertThat(response.json().path("attributes").path("email_verified").asString()).isEqualTo("true");
        assertThat(response.json().path("attributes").path("sub").asString()).isNotBlank();
        assertThat(response.json().path("groups").isArray()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theBearerDeletesTheirAccountAndCanNoLongerSignIn(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(delete("/auth/user").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).isEqualTo("The user has been deleted.");
        assertThat(kind.edge().send(post("/auth/sign-in", user.credentials())).statusCode()).isEqualTo(401);
    }
}
