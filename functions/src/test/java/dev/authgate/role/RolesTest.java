package dev.authgate.role;

import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** The role rules at sign-up, in both modes and through every edge. */
class RolesTest {

    static Stream<Arguments> stacks() {
        return Stream.of(EdgeKind.values()).flatMap(edge -> Stream.of(
                Arguments.of("UserPassword", edge), Arguments.of("Passwordless", edge)));
    }

    private static TestStack stack(String mode) {
        return mode.equals("UserPassword") ? TestStack.get() : TestStack.passwordless();
    }

    private static String username(String mode) {
        return mode.equals("UserPassword") ? TestStack.newEmail() : TestStack.newPhone();
    }

    private static ApiResponse signUp(TestStack stack, EdgeKind kind, String username, String role) {
        return stack.edge(kind).send(post("/auth/sign-up", "{\"username\":\"" + username + "\",\"password\":\"" + TestUser.PASSWORD
                + "\",\"userAttributes\":{\"role\":\"" + role + "\"}}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void aRoleThatAllowsSelfSignUpIsGivenAsAttributeAndGroup(String mode, EdgeKind kind) {
        TestStack stack = stack(mode);
        String username = username(mode);

        ApiResponse response = signUp(stack, kind, username, "Member");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("userAttributes").path("role").asString()).isEqualTo("Member");
        var user = stack.admin().user(stack.outputs().userPoolId(), username);
        assertThat(user.attributes()).containsEntry("custom:role", "Member");
        assertThat(user.groups()).containsExactly("Member");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void aRoleWithoutSelfSignUpIsRefusedNamingTheRoleAndTheRule(String mode, EdgeKind kind) {
        ApiResponse response = signUp(stack(mode), kind, username(mode), "Staff");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("'Staff'").contains("sign up themselves");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void anUnknownRoleIsRefused(String mode, EdgeKind kind) {
        ApiResponse response = signUp(stack(mode), kind, username(mode), "Emperor");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("'Emperor'").contains("does not exist");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("stacks")
    void aRoleForPhonesOnlyRefusesAnEmailSignUp(String mode, EdgeKind kind) {
        ApiResponse response = signUp(TestStack.get(), kind, TestStack.newEmail(), "Texter");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("'Texter'").contains("email");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void aRoleThatSkipsConfirmationConfirmsAtOnce(String mode, EdgeKind kind) {
        TestStack stack = stack(mode);
        String username = username(mode);

        assertThat(signUp(stack, kind, username, "Instant").statusCode()).isEqualTo(200);

        assertThat(stack.admin().user(stack.outputs().userPoolId(), username).status()).isEqualTo("CONFIRMED");
        assertThat(stack.codesSent(username, "SIGN_UP")).isZero();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("stacks")
    void theRoleIsInTheAccessTokensGroupsAndInGetUser(String mode, EdgeKind kind) {
        TestStack stack = TestStack.get();
        Edge edge = stack.edge(kind);
        TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);
        signUp(stack, kind, user.username(), "Instant");

        String accessToken = stack.signIn(edge, user).field("accessToken");
        ApiResponse me = edge.send(get("/auth/user").withBearer(accessToken));

        assertThat(me.json().path("groups").toString()).isEqualTo("[\"Instant\"]");
        assertThat(me.json().path("attributes").path("custom:role").asString()).isEqualTo("Instant");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stacks")
    void whenTheRoleCannotBeGivenTheUserIsNotLeftHalfCreated(String mode, EdgeKind kind) {
        TestStack stack = stack(mode);
        String username = username(mode);

        ApiResponse response = signUp(stack, kind, username, TestStack.ORPHAN);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(stack.admin().exists(stack.outputs().userPoolId(), username)).isFalse();
    }
}
