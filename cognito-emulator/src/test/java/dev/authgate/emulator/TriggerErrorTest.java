package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.FakeTriggers;
import dev.authgate.emulator.support.TriggeredCognito;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import tools.jackson.databind.node.ObjectNode;

/** What the caller gets when a trigger fails, cannot be invoked, or answers something Cognito cannot read. */
class TriggerErrorTest {
    @RegisterExtension
    static final TriggeredCognito emulator = new TriggeredCognito();
    private static final FakeTriggers triggers = emulator.triggers();

    @Test
    void aDefineTriggerThatThrowsAnswersUserLambdaValidationExceptionWithItsMessage() {
        TestPool pool = customAuthPool();
        pool.confirmedUser("alice@example.com");
        triggers.replace(FakeTriggers.DEFINE, event -> {
            throw new TriggerFailure("Too many sign-ins, try later", "RateLimited");
        });

        assertThatThrownBy(() -> initiate(pool, "alice@example.com"))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("DefineAuthChallenge failed with error Too many sign-ins, try later.");
    }

    @Test
    void aCreateTriggerThatThrowsIsNamedInTheError() {
        TestPool pool = customAuthPool();
        pool.confirmedUser("bob@example.com");
        triggers.replace(FakeTriggers.CREATE, event -> {
            throw new TriggerFailure("SMS could not be sent");
        });

        assertThatThrownBy(() -> initiate(pool, "bob@example.com"))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("CreateAuthChallenge failed with error SMS could not be sent.");
    }

    @Test
    void aVerifyTriggerThatThrowsIsNamedInTheError() {
        TestPool pool = customAuthPool();
        pool.confirmedUser("carol@example.com");
        triggers.replace(FakeTriggers.VERIFY, event -> {
            throw new TriggerFailure("boom");
        });
        InitiateAuthResponse challenge = initiate(pool, "carol@example.com");

        assertThatThrownBy(() -> pool.cognito().respondToAuthChallenge(request -> request.clientId(pool.clientId())
                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", "carol@example.com", "ANSWER", "123456"))))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("VerifyAuthChallengeResponse failed with error boom.");
    }

    @Test
    void aFunctionThatCannotBeInvokedAnswersUnexpectedLambdaException() {
        TestPool pool = customAuthPool();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> {
            throw new UncheckedIOException("Connection refused", new ConnectException("Connection refused"));
        });

        assertThatThrownBy(() -> pool.signUp("dave@example.com", TestPool.PASSWORD))
                .isInstanceOf(UnexpectedLambdaException.class)
                .hasMessageStartingWith("PreSignUp invocation failed due to error Connection refused.");
        assertThatThrownBy(() -> pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("dave@example.com")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void outputThatIsNotJsonAnswersInvalidLambdaResponseException() {
        TestPool pool = customAuthPool();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> "null");

        assertThatThrownBy(() -> pool.signUp("erin@example.com", TestPool.PASSWORD))
                .isInstanceOf(InvalidLambdaResponseException.class)
                .hasMessageStartingWith("Unrecognizable lambda output");
    }

    @Test
    void outputWithoutAResponseAnswersInvalidLambdaResponseException() {
        TestPool pool = customAuthPool();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> "{\"autoConfirmUser\":true}");

        assertThatThrownBy(() -> pool.signUp("frank@example.com", TestPool.PASSWORD)).isInstanceOf(InvalidLambdaResponseException.class);
    }

    @Test
    void aFlagThatIsNotABooleanAnswersInvalidLambdaResponseException() {
        TestPool pool = customAuthPool();
        triggers.replace(FakeTriggers.PRE_SIGN_UP, event -> {
            ((ObjectNode) event.get("response")).put("autoConfirmUser", "yes");
            return event.toString();
        });

        assertThatThrownBy(() -> pool.signUp("gina@example.com", TestPool.PASSWORD)).isInstanceOf(InvalidLambdaResponseException.class);
    }

    @Test
    void challengeParametersThatAreNotStringsAnswerInvalidLambdaResponseException() {
        TestPool pool = customAuthPool();
        pool.confirmedUser("hank@example.com");
        triggers.replace(FakeTriggers.CREATE, event -> {
            ((ObjectNode) event.get("response")).putObject("publicChallengeParameters").putArray("choices").add("a");
            return event.toString();
        });

        assertThatThrownBy(() -> initiate(pool, "hank@example.com")).isInstanceOf(InvalidLambdaResponseException.class);
    }

    @Test
    void aDefineTriggerThatDecidesNothingAnswersInvalidLambdaResponseException() {
        TestPool pool = customAuthPool();
        pool.confirmedUser("ivy@example.com");
        triggers.replace(FakeTriggers.DEFINE, ObjectNode::toString);

        assertThatThrownBy(() -> initiate(pool, "ivy@example.com")).isInstanceOf(InvalidLambdaResponseException.class);
    }

    @Test
    void aConfiguredTriggerWithoutAnInvokerAnswersUnexpectedLambdaException() {
        try (TestCognito bare = TestCognito.start()) {
            TestPool pool = bare.pool(p -> p.lambdaConfig(FakeTriggers.lambdaConfig()), client -> client);

            assertThatThrownBy(() -> pool.signUp("jack@example.com", TestPool.PASSWORD))
                    .isInstanceOf(UnexpectedLambdaException.class)
                    .hasMessageContaining("PreSignUp invocation failed");
            assertThat(bare.emulator().outbox()).isEmpty();
        }
    }

    private static TestPool customAuthPool() {
        return emulator.cognito().pool(pool -> pool.lambdaConfig(FakeTriggers.lambdaConfig()),
                client -> client.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH));
    }

    private static InitiateAuthResponse initiate(TestPool pool, String username) {
        return pool.cognito().initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.CUSTOM_AUTH)
                .authParameters(Map.of("USERNAME", username)));
    }
}
