package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.FakeTriggers;
import dev.authgate.emulator.support.TriggeredCognito;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PreSignUpTriggerTest {
    @RegisterExtension
    static final TriggeredCognito emulator = new TriggeredCognito();
    private static final FakeTriggers triggers = emulator.triggers();

    @Test
    void aPreSignUpThatRefusesCreatesNoUserAndAnswersUserLambdaValidationException() {
        TestPool pool = poolWithTriggers();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> {
            throw new TriggerFailure("Role admin does not allow self sign-up", "Error");
        });

        assertThatThrownBy(() -> pool.signUp("alice@example.com", TestPool.PASSWORD))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PreSignUp failed with error Role admin does not allow self sign-up.");
        assertThatThrownBy(() -> adminGetUser(pool, "alice@example.com")).isInstanceOf(UserNotFoundException.class);
        assertThat(emulator.cognito().emulator().outbox()).noneMatch(entry -> entry.to().equals("alice@example.com"));
    }

    @Test
    void aUserThePreSignUpAutoConfirmsIsConfirmedAndGetsNoCode() {
        TestPool pool = poolWithTriggers();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> respond(event, "autoConfirmUser", true));

        SignUpResponse response = pool.signUp("bob@example.com", TestPool.PASSWORD);

        assertThat(response.userConfirmed()).isTrue();
        assertThat(response.codeDeliveryDetails()).isNull();
        assertThat(emulator.cognito().emulator().outbox()).noneMatch(entry -> entry.to().equals("bob@example.com"));
        assertThat(adminGetUser(pool, "bob@example.com").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signIn("bob@example.com").accessToken()).isNotBlank();
    }

    @Test
    void aUserThePreSignUpLeavesAloneIsUnconfirmedAndGetsACode() {
        TestPool pool = poolWithTriggers();

        SignUpResponse response = pool.signUp("carol@example.com", TestPool.PASSWORD);

        assertThat(response.userConfirmed()).isFalse();
        assertThat(pool.codeSentTo("carol@example.com")).hasSize(6);
    }

    @Test
    void theEmailThePreSignUpAutoVerifiesIsMarkedVerified() {
        TestPool pool = poolWithTriggers();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> {
            ((ObjectNode) event.get("response")).put("autoConfirmUser", true).put("autoVerifyEmail", true);
            return event.toString();
        });

        pool.signUp("dave@example.com", TestPool.PASSWORD);

        assertThat(adminGetUser(pool, "dave@example.com").userAttributes())
                .contains(AttributeType.builder().name("email_verified").value("true").build());
    }

    @Test
    void thePreSignUpEventOfASignUpHasTheDocumentedFields() {
        TestPool pool = poolWithTriggers();

        SignUpResponse response = pool.cognito().signUp(request -> request.clientId(pool.clientId())
                .username("erin@example.com").password(TestPool.PASSWORD)
                .userAttributes(AttributeType.builder().name("custom:role").value("member").build())
                .validationData(AttributeType.builder().name("captcha").value("solved").build())
                .clientMetadata(Map.of("source", "web")));

        JsonNode event = triggers.lastEvent("PreSignUp_SignUp");
        assertThat(event.get("version").asString()).isEqualTo("1");
        assertThat(event.get("region").asString()).isEqualTo("us-east-1");
        assertThat(event.get("userPoolId").asString()).isEqualTo(pool.poolId());
        assertThat(event.get("userName").asString()).isEqualTo(response.userSub());
        assertThat(event.get("callerContext").get("clientId").asString()).isEqualTo(pool.clientId());
        assertThat(event.get("callerContext").get("awsSdkVersion").asString()).isNotBlank();
        JsonNode request = event.get("request");
        assertThat(request.get("userAttributes").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("custom:role", "email");
        assertThat(request.get("userAttributes").get("email").asString()).isEqualTo("erin@example.com");
        assertThat(request.get("validationData").get("captcha").asString()).isEqualTo("solved");
        assertThat(request.get("clientMetadata").get("source").asString()).isEqualTo("web");
        assertThat(event.get("response").isObject()).isTrue();
        assertThat(event.get("response").isEmpty()).isTrue();
    }

    @Test
    void withoutValidationDataTheEventSaysNullAndWithoutClientMetadataLeavesItOut() {
        TestPool pool = poolWithTriggers();

        pool.signUp("frank@example.com", TestPool.PASSWORD);

        JsonNode request = triggers.lastEvent("PreSignUp_SignUp").get("request");
        assertThat(request.get("validationData").isNull()).isTrue();
        assertThat(request.has("clientMetadata")).isFalse();
    }

    @Test
    void anAdministratorCreatingAUserRunsThePreSignUpWithoutAClientAndItsFlagsDoNotApply() {
        TestPool pool = poolWithTriggers();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> respond(event, "autoConfirmUser", true));

        pool.cognito().adminCreateUser(request -> request.userPoolId(pool.poolId()).username("gina@example.com")
                .messageAction(MessageActionType.SUPPRESS).clientMetadata(Map.of("invitedBy", "admin")));

        JsonNode event = triggers.lastEvent("PreSignUp_AdminCreateUser");
        assertThat(event.get("callerContext").get("clientId").asString()).isEqualTo("CLIENT_ID_NOT_APPLICABLE");
        assertThat(event.get("request").get("clientMetadata").get("invitedBy").asString()).isEqualTo("admin");
        assertThat(adminGetUser(pool, "gina@example.com").userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void aPreSignUpThatRefusesAnAdministratorCreatesNoUser() {
        TestPool pool = poolWithTriggers();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> {
            throw new TriggerFailure("No invitations today");
        });

        assertThatThrownBy(() -> pool.cognito().adminCreateUser(request -> request.userPoolId(pool.poolId())
                .username("hank@example.com").messageAction(MessageActionType.SUPPRESS)))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PreSignUp failed with error No invitations today.");
        assertThatThrownBy(() -> adminGetUser(pool, "hank@example.com")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aPoolWithoutAPreSignUpTriggerInvokesNothing() {
        TestPool pool = emulator.cognito().emailPool();
        int before = triggers.events().size();

        pool.signUp("ivy@example.com", TestPool.PASSWORD);

        assertThat(triggers.events()).hasSize(before);
    }

    private static TestPool poolWithTriggers() {
        return emulator.cognito().pool(pool -> pool.lambdaConfig(FakeTriggers.lambdaConfig()), client -> client);
    }

    private static String respond(ObjectNode event, String flag, boolean value) {
        ((ObjectNode) event.get("response")).put(flag, value);
        return event.toString();
    }

    private static AdminGetUserResponse adminGetUser(TestPool pool, String username) {
        return pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username(username));
    }
}
