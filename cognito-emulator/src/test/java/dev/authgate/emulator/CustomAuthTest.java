package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.FakeTriggers;
import dev.authgate.emulator.support.TriggeredCognito;
import dev.authgate.emulator.support.Jwts;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CustomAuthTest {
    @RegisterExtension
    static final TriggeredCognito emulator = new TriggeredCognito();
    private static final FakeTriggers triggers = emulator.triggers();

    @Test
    void answeringTheCustomChallengeWithTheRightCodeGivesTokens() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550101");

        InitiateAuthResponse challenge = initiate(pool, "+15555550101");
        String username = challenge.challengeParameters().get("USERNAME");
        RespondToAuthChallengeResponse answer = respond(pool, challenge.session(), username, triggers.codeFor(username));

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThat(challenge.session()).isNotBlank();
        assertThat(challenge.authenticationResult()).isNull();
        AuthenticationResultType tokens = answer.authenticationResult();
        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(tokens.idToken()).isNotBlank();
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(Jwts.verifies(tokens.accessToken(), Jwts.jwks(emulator.cognito().emulator().endpoint(), pool.poolId()))).isTrue();
        assertThat(Jwts.claims(tokens.accessToken()).getClaim("username")).isEqualTo(username);
    }

    @Test
    void theChallengeShowsThePublicParametersAndTheUsernameButNeverThePrivateOnes() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550102");

        InitiateAuthResponse challenge = initiate(pool, "+15555550102");

        assertThat(challenge.challengeParameters()).containsOnlyKeys("deliveryMedium", "USERNAME");
        assertThat(challenge.challengeParameters().get("deliveryMedium")).isEqualTo("SMS");
        assertThat(challenge.challengeParameters().get("USERNAME"))
                .isEqualTo(pool.cognito().adminGetUser(r -> r.userPoolId(pool.poolId()).username("+15555550102")).username());
    }

    @Test
    void tokensFromACustomSignInShareTheirOriginAndCanBeRefreshed() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550103");

        AuthenticationResultType tokens = signIn(pool, "+15555550103");
        AuthenticationResultType refreshed = pool.cognito().initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))).authenticationResult();

        assertThat(Jwts.claims(tokens.accessToken()).getClaim("origin_jti")).isNotNull()
                .isEqualTo(Jwts.claims(refreshed.accessToken()).getClaim("origin_jti"));
    }

    @Test
    void aWrongAnswerGivesANewSessionAndTheOldOneStopsWorking() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550104");
        InitiateAuthResponse challenge = initiate(pool, "+15555550104");
        String username = challenge.challengeParameters().get("USERNAME");

        RespondToAuthChallengeResponse retry = respond(pool, challenge.session(), username, wrong(triggers.codeFor(username)));

        assertThat(retry.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThat(retry.session()).isNotBlank().isNotEqualTo(challenge.session());
        assertThat(retry.authenticationResult()).isNull();
        assertThatThrownBy(() -> respond(pool, challenge.session(), username, triggers.codeFor(username)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid session for the user.");
        assertThat(respond(pool, retry.session(), username, triggers.codeFor(username)).authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void threeWrongAnswersFailWithNotAuthorizedException() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550105");
        InitiateAuthResponse challenge = initiate(pool, "+15555550105");
        String username = challenge.challengeParameters().get("USERNAME");
        String wrong = wrong(triggers.codeFor(username));

        String second = respond(pool, challenge.session(), username, wrong).session();
        String third = respond(pool, second, username, wrong).session();

        assertThatThrownBy(() -> respond(pool, third, username, wrong))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Incorrect username or password.");
    }

    @Test
    void aSessionExpiresAfterTheClientsAuthSessionValidity() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550106");
        InitiateAuthResponse challenge = initiate(pool, "+15555550106");
        String username = challenge.challengeParameters().get("USERNAME");

        emulator.cognito().clock().advance(Duration.ofMinutes(3));

        assertThatThrownBy(() -> respond(pool, challenge.session(), username, triggers.codeFor(username)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid session for the user.");
    }

    @Test
    void aSessionLastsAsLongAsTheClientSays() {
        TestPool pool = passwordlessPool(client -> client.authSessionValidity(10));
        pool.confirmedUser("+15555550107");
        InitiateAuthResponse challenge = initiate(pool, "+15555550107");
        String username = challenge.challengeParameters().get("USERNAME");

        emulator.cognito().clock().advance(Duration.ofMinutes(9));

        assertThat(respond(pool, challenge.session(), username, triggers.codeFor(username)).authenticationResult()).isNotNull();
    }

    @Test
    void aSessionIsBoundToTheClientItWasIssuedTo() {
        TestPool pool = passwordlessPool(client -> client);
        String otherClient = emulator.cognito().addClient(pool, client -> client.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH));
        pool.confirmedUser("+15555550108");
        InitiateAuthResponse challenge = initiate(pool, "+15555550108");
        String username = challenge.challengeParameters().get("USERNAME");

        assertThatThrownBy(() -> pool.cognito().respondToAuthChallenge(request -> request.clientId(otherClient)
                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", username, "ANSWER", triggers.codeFor(username)))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid session for the user.");
    }

    @Test
    void aSessionIsBoundToItsUser() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550109");
        pool.confirmedUser("+15555550110");
        InitiateAuthResponse challenge = initiate(pool, "+15555550109");
        String username = challenge.challengeParameters().get("USERNAME");

        assertThatThrownBy(() -> respond(pool, challenge.session(), "+15555550110", triggers.codeFor(username)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid session for the user.");
    }

    @Test
    void theAnswerMayNameTheUserByTheirPhoneNumber() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550111");
        InitiateAuthResponse challenge = initiate(pool, "+15555550111");
        String code = triggers.codeFor(challenge.challengeParameters().get("USERNAME"));

        assertThat(respond(pool, challenge.session(), "+15555550111", code).authenticationResult()).isNotNull();
    }

    @Test
    void customAuthMustBeAllowedForTheClient() {
        TestPool pool = passwordlessPool(client -> client.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH));
        pool.confirmedUser("+15555550112");

        assertThatThrownBy(() -> initiate(pool, "+15555550112"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("CUSTOM_AUTH flow not enabled for this client");
    }

    @Test
    void aPoolWithoutTheDefineTriggerRefusesCustomAuth() {
        TestPool pool = emulator.cognito().pool(p -> p.usernameAttributes(UsernameAttributeType.PHONE_NUMBER)
                        .autoVerifiedAttributes(VerifiedAttributeType.PHONE_NUMBER),
                client -> client.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH));
        pool.confirmedUser("+15555550113");

        assertThatThrownBy(() -> initiate(pool, "+15555550113"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Custom auth lambda trigger is not configured for the user pool.");
    }

    @Test
    void anUnknownUserFailsWithUserNotFoundException() {
        TestPool pool = passwordlessPool(client -> client);

        assertThatThrownBy(() -> initiate(pool, "+15555550114")).isInstanceOf(UserNotFoundException.class);
        assertThat(triggers.events()).noneMatch(event -> event.get("userName").asString().equals("+15555550114"));
    }

    @Test
    void anUnconfirmedUserFailsWithUserNotConfirmedException() {
        TestPool pool = passwordlessPool(client -> client);
        pool.signUp("+15555550115", TestPool.PASSWORD);

        assertThatThrownBy(() -> initiate(pool, "+15555550115")).isInstanceOf(UserNotConfirmedException.class);
    }

    @Test
    void anUnknownUserIsChallengedLikeAnyoneWhenTheClientHidesUserExistence() {
        TestPool pool = passwordlessPool(client -> client.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));

        InitiateAuthResponse challenge = initiate(pool, "+15555550116");

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThat(challenge.challengeParameters()).containsEntry("USERNAME", "+15555550116");
        JsonNode define = triggers.lastEvent("DefineAuthChallenge_Authentication");
        assertThat(define.get("userName").asString()).isEqualTo("+15555550116");
        assertThat(define.get("request").get("userNotFound").asBoolean()).isTrue();
        assertThat(define.get("request").get("userAttributes").isEmpty()).isTrue();
        assertThat(triggers.lastEvent("CreateAuthChallenge_Authentication").get("request").get("userNotFound").asBoolean()).isTrue();
    }

    @Test
    void anUnknownUserNeverGetsTokensEvenWithTheRightAnswer() {
        TestPool pool = passwordlessPool(client -> client.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));
        InitiateAuthResponse challenge = initiate(pool, "+15555550117");

        assertThatThrownBy(() -> respond(pool, challenge.session(), "+15555550117", triggers.codeFor("+15555550117")))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Incorrect username or password.");
        assertThat(triggers.lastEvent("VerifyAuthChallengeResponse_Authentication").get("request").get("userNotFound").asBoolean()).isTrue();
    }

    @Test
    void aKnownUserIsReportedFoundWhenTheClientHidesUserExistence() {
        TestPool pool = passwordlessPool(client -> client.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));
        pool.confirmedUser("+15555550118");

        initiate(pool, "+15555550118");

        assertThat(triggers.lastEvent("DefineAuthChallenge_Authentication").get("request").get("userNotFound").asBoolean()).isFalse();
    }

    @Test
    void theDefineEventHasTheDocumentedFields() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550119");

        String username = initiate(pool, "+15555550119", Map.of("channel", "app")).challengeParameters().get("USERNAME");

        JsonNode event = triggers.lastEvent("DefineAuthChallenge_Authentication");
        assertThat(event.get("version").asString()).isEqualTo("1");
        assertThat(event.get("region").asString()).isEqualTo("us-east-1");
        assertThat(event.get("userPoolId").asString()).isEqualTo(pool.poolId());
        assertThat(event.get("userName").asString()).isEqualTo(username);
        assertThat(event.get("callerContext").get("clientId").asString()).isEqualTo(pool.clientId());
        assertThat(event.get("callerContext").get("awsSdkVersion").asString()).isNotBlank();
        JsonNode request = event.get("request");
        assertThat(request.get("userAttributes").get("sub").asString()).isEqualTo(username);
        assertThat(request.get("userAttributes").get("phone_number").asString()).isEqualTo("+15555550119");
        assertThat(request.get("userAttributes").get("phone_number_verified").asString()).isEqualTo("true");
        assertThat(request.get("userAttributes").get("cognito:user_status").asString()).isEqualTo("CONFIRMED");
        assertThat(request.get("userAttributes").get("cognito:phone_number_alias").asString()).isEqualTo("+15555550119");
        assertThat(request.get("session").isArray()).isTrue();
        assertThat(request.get("session").isEmpty()).isTrue();
        assertThat(request.get("clientMetadata").get("channel").asString()).isEqualTo("app");
        assertThat(request.has("userNotFound")).isFalse();
        assertThat(event.get("response").isEmpty()).isTrue();
    }

    @Test
    void theCreateEventNamesTheChallengeAndCarriesTheHistory() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550120");
        InitiateAuthResponse challenge = initiate(pool, "+15555550120");
        String username = challenge.challengeParameters().get("USERNAME");

        respond(pool, challenge.session(), username, wrong(triggers.codeFor(username)));

        JsonNode request = triggers.lastEvent("CreateAuthChallenge_Authentication").get("request");
        assertThat(request.get("challengeName").asString()).isEqualTo("CUSTOM_CHALLENGE");
        assertThat(request.get("session")).hasSize(1);
        assertThat(request.get("userAttributes").get("sub").asString()).isEqualTo(username);
    }

    @Test
    void theVerifyEventCarriesThePrivateParametersOfTheRoundAndTheAnswer() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550121");
        InitiateAuthResponse challenge = initiate(pool, "+15555550121");
        String username = challenge.challengeParameters().get("USERNAME");
        String code = triggers.codeFor(username);

        pool.cognito().respondToAuthChallenge(request -> request.clientId(pool.clientId())
                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", username, "ANSWER", code))
                .clientMetadata(Map.of("device", "phone")));

        JsonNode verify = triggers.lastEvent("VerifyAuthChallengeResponse_Authentication");
        assertThat(verify.get("triggerSource").asString()).isEqualTo("VerifyAuthChallengeResponse_Authentication");
        assertThat(verify.get("request").get("privateChallengeParameters").get("code").asString()).isEqualTo(code);
        assertThat(verify.get("request").get("challengeAnswer").asString()).isEqualTo(code);
        assertThat(verify.get("request").get("clientMetadata").get("device").asString()).isEqualTo("phone");
        assertThat(verify.get("request").get("userAttributes").get("cognito:user_status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void theDefineTriggerSeesEveryAnsweredRoundInOrder() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550122");
        InitiateAuthResponse challenge = initiate(pool, "+15555550122");
        String username = challenge.challengeParameters().get("USERNAME");
        String retry = respond(pool, challenge.session(), username, wrong(triggers.codeFor(username))).session();

        respond(pool, retry, username, triggers.codeFor(username));

        JsonNode session = triggers.lastEvent("DefineAuthChallenge_Authentication").get("request").get("session");
        assertThat(session).hasSize(2);
        assertThat(session.get(0).get("challengeName").asString()).isEqualTo("CUSTOM_CHALLENGE");
        assertThat(session.get(0).get("challengeResult").asBoolean()).isFalse();
        assertThat(session.get(0).get("challengeMetadata").asString()).isEqualTo("SMS_CODE");
        assertThat(session.get(1).get("challengeResult").asBoolean()).isTrue();
    }

    @Test
    void aDefineTriggerThatNeverStopsIsCutOffAfterTenAnswers() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550123");
        triggers.replace(FakeTriggers.DEFINE, event -> {
            ((ObjectNode) event.get("response")).put("challengeName", "CUSTOM_CHALLENGE");
            return event.toString();
        });
        InitiateAuthResponse challenge = initiate(pool, "+15555550123");
        String username = challenge.challengeParameters().get("USERNAME");
        String session = challenge.session();
        for (int answer = 1; answer < 10; answer++) {
            session = respond(pool, session, username, "000000").session();
        }
        String tenth = session;

        assertThatThrownBy(() -> respond(pool, tenth, username, "000000"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Incorrect username or password.");
    }

    @Test
    void aTriggerMayCallTheEmulatorWhileItRuns() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550124");
        triggers.replace(FakeTriggers.CREATE, event -> {
            pool.cognito().adminUpdateUserAttributes(request -> request.userPoolId(pool.poolId())
                    .username(event.get("userName").asString())
                    .userAttributes(AttributeType.builder().name("custom:role").value("texted").build()));
            ObjectNode response = (ObjectNode) event.get("response");
            response.putObject("privateChallengeParameters").put("code", "424242");
            return event.toString();
        });

        InitiateAuthResponse challenge = initiate(pool, "+15555550124");
        respond(pool, challenge.session(), challenge.challengeParameters().get("USERNAME"), "424242");

        assertThat(pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("+15555550124")).userAttributes())
                .contains(AttributeType.builder().name("custom:role").value("texted").build());
    }

    @Test
    void theDefineTriggerMayIssueTokensWithoutAnyChallenge() {
        TestPool pool = passwordlessPool(client -> client);
        pool.confirmedUser("+15555550125");
        triggers.replace(FakeTriggers.DEFINE, event -> {
            ((ObjectNode) event.get("response")).put("issueTokens", true);
            return event.toString();
        });

        InitiateAuthResponse response = initiate(pool, "+15555550125");

        assertThat(response.challengeName()).isNull();
        assertThat(response.authenticationResult().accessToken()).isNotBlank();
    }

    private static TestPool passwordlessPool(UnaryOperator<CreateUserPoolClientRequest.Builder> client) {
        return emulator.cognito().pool(pool -> pool.usernameAttributes(UsernameAttributeType.PHONE_NUMBER)
                        .autoVerifiedAttributes(VerifiedAttributeType.PHONE_NUMBER)
                        .lambdaConfig(FakeTriggers.lambdaConfig()),
                settings -> client.apply(settings.explicitAuthFlows(
                        ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)));
    }

    private static AuthenticationResultType signIn(TestPool pool, String phone) {
        InitiateAuthResponse challenge = initiate(pool, phone);
        String username = challenge.challengeParameters().get("USERNAME");
        return respond(pool, challenge.session(), username, triggers.codeFor(username)).authenticationResult();
    }

    private static InitiateAuthResponse initiate(TestPool pool, String username) {
        return pool.cognito().initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.CUSTOM_AUTH)
                .authParameters(Map.of("USERNAME", username)));
    }

    private static InitiateAuthResponse initiate(TestPool pool, String username, Map<String, String> clientMetadata) {
        return pool.cognito().initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.CUSTOM_AUTH)
                .authParameters(Map.of("USERNAME", username))
                .clientMetadata(clientMetadata));
    }

    private static RespondToAuthChallengeResponse respond(TestPool pool, String session, String username, String answer) {
        return pool.cognito().respondToAuthChallenge(request -> request.clientId(pool.clientId())
                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
                .session(session)
                .challengeResponses(Map.of("USERNAME", username, "ANSWER", answer)));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
