package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.get;
import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** The bearer changes their own attributes; a new email waits for its code while the old one stays in force. */
class AccountChangesTest {

    private static final String VERIFY = "ATTRIBUTE_VERIFICATION";

    private final TestStack stack = TestStack.get();

    private static HttpCall patch(String body) {
        return new HttpCall("PATCH", "/auth/user", Map.of("Content-Type", "application/json"), body);
    }

    /** A signed-in user who has asked for a new email, which waits for its code. */
    private record WaitingEmail(TestUser user, String accessToken, String newEmail) {
    }

    private WaitingEmail changeEmail(Edge edge) {
        TestUser user = stack.confirmedUser(edge);
        String accessToken = stack.signIn(edge, user).field("accessToken");
        String newEmail = TestStack.newEmail();
        edge.send(patch("{\"attributes\":{\"email\":\"" + newEmail + "\"}}").withBearer(accessToken));
        return new WaitingEmail(user, accessToken, newEmail);
    }

    private static ApiResponse attributesOf(Edge edge, String accessToken) {
        return edge.send(get("/auth/user").withBearer(accessToken));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theBearerChangesTheirNameAndLocaleAtOnce(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(patch("{\"attributes\":{\"name\":\"Ada Lovelace\",\"locale\":\"en-GB\"}}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).isEqualTo("The attributes have been updated.");
        assertThat(response.json().path("attributesToVerify").size()).isZero();
        ApiResponse changed = attributesOf(kind.edge(), accessToken);
        assertThat(changed.json().path("attributes").path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(changed.json().path("attributes").path("locale").asString()).isEqualTo("en-GB");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aNewEmailGetsACodeWhileTheOldOneStillSignsIn(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");
        String newEmail = TestStack.newEmail();

        ApiResponse response = kind.edge().send(patch("{\"attributes\":{\"email\":\"" + newEmail + "\"}}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("attributesToVerify").get(0).asString()).isEqualTo("email");
        assertThat(stack.codesSent(newEmail, VERIFY)).isEqualTo(1);
        assertThat(attributesOf(kind.edge(), accessToken).json().path("attributes").path("email").asString()).isEqualTo(user.username());
        assertThat(kind.edge().send(post("/auth/sign-in", user.credentials())).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theCodeMakesTheNewEmailTheOneToSignInWith(EdgeKind kind) {
        WaitingEmail waiting = changeEmail(kind.edge());

        ApiResponse response = kind.edge().send(post("/auth/user/attributes/verify",
                json("attribute", "email", "confirmationCode", stack.latestCode(waiting.newEmail(), VERIFY))).withBearer(waiting.accessToken()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).isEqualTo("The email has been verified.");
        assertThat(attributesOf(kind.edge(), waiting.accessToken()).json().path("attributes").path("email").asString()).isEqualTo(waiting.newEmail());
        assertThat(kind.edge().send(post("/auth/sign-in", new TestUser(waiting.newEmail(), waiting.user().password()).credentials())).statusCode()).isEqualTo(200);
        assertThat(kind.edge().send(post("/auth/sign-in", waiting.user().credentials())).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongCodeAnswers400CodeMismatchAndTheOldEmailStays(EdgeKind kind) {
        WaitingEmail waiting = changeEmail(kind.edge());
        String wrong = stack.latestCode(waiting.newEmail(), VERIFY).equals("000000") ? "111111" : "000000";

        ApiResponse response = kind.edge().send(post("/auth/user/attributes/verify",
                json("attribute", "email", "confirmationCode", wrong)).withBearer(waiting.accessToken()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("CodeMismatchException");
        assertThat(attributesOf(kind.edge(), waiting.accessToken()).json().path("attributes").path("email").asString()).isEqualTo(waiting.user().username());
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void resendingSendsANewCodeToTheWaitingEmail(EdgeKind kind) {
        WaitingEmail waiting = changeEmail(kind.edge());

        ApiResponse response = kind.edge().send(post("/auth/user/attributes/resend-code", json("attribute", "email")).withBearer(waiting.accessToken()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("message")).startsWith("A code to verify the email has been sent to: ");
        assertThat(stack.codesSent(waiting.newEmail(), VERIFY)).isEqualTo(2);
        assertThat(kind.edge().send(post("/auth/user/attributes/verify",
                json("attribute", "email", "confirmationCode", stack.latestCode(waiting.newEmail(), VERIFY))).withBearer(waiting.accessToken())).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anAdministratorsAttributeAnswers400NamingItAndNothingChanges(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(patch("{\"attributes\":{\"name\":\"Mallory\",\"custom:role\":\"Admin\"}}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidParameterException");
        assertThat(response.errorMessage()).contains("'custom:role'");
        assertThat(attributesOf(kind.edge(), accessToken).json().path("attributes").has("name")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void onlyEmailAndPhoneNumberCanBeVerified(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(post("/auth/user/attributes/resend-code", json("attribute", "name")).withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("attribute");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anEmptyChangeAnswers400(EdgeKind kind) {
        TestUser user = stack.confirmedUser(kind.edge());
        String accessToken = stack.signIn(kind.edge(), user).field("accessToken");

        ApiResponse response = kind.edge().send(patch("{\"attributes\":{}}").withBearer(accessToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("attributes");
    }
}
