package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.Authenticator;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/** SetUserPoolMfaConfig, AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference and the MFA challenges of a sign-in. */
class MfaTest {
    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    private static TestPool pool(UserPoolMfaType configuration) {
        TestPool pool = test.emailPool();
        pool.cognito().setUserPoolMfaConfig(request -> request.userPoolId(pool.poolId())
                .mfaConfiguration(configuration)
                .softwareTokenMfaConfiguration(token -> token.enabled(true))
                .smsMfaConfiguration(sms -> sms.smsConfiguration(config -> config.snsCallerArn("arn:aws:iam::000000000000:role/sms"))));
        return pool;
    }

    private static String token(TestPool pool, String email) {
        return pool.signIn(pool.confirmedUser(email)).accessToken();
    }

    /** Associates and verifies an authenticator for the signed-in user, and answers its secret. */
    private static String enrolled(TestPool pool, String accessToken) {
        String secret = pool.cognito().associateSoftwareToken(request -> request.accessToken(accessToken)).secretCode();
        pool.cognito().verifySoftwareToken(request -> request.accessToken(accessToken).userCode(code(secret)).friendlyDeviceName("phone"));
        return secret;
    }

    private static String code(String secret) {
        return Authenticator.code(secret, test.clock().instant());
    }

    private static void preferSoftwareToken(TestPool pool, String accessToken) {
        pool.cognito().setUserMFAPreference(request -> request.accessToken(accessToken)
                .softwareTokenMfaSettings(settings -> settings.enabled(true).preferredMfa(true)));
    }

    private static InitiateAuthResponse startSignIn(TestPool pool, String email) {
        return pool.cognito().initiateAuth(request -> request.clientId(pool.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", TestPool.PASSWORD)));
    }

    private static RespondToAuthChallengeResponse answer(TestPool pool, ChallengeNameType challenge, String session, Map<String, String> responses) {
        return pool.cognito().respondToAuthChallenge(request -> request.clientId(pool.clientId()).challengeName(challenge)
                .session(session).challengeResponses(responses));
    }

    @Test
    void getUserPoolMfaConfigAnswersWhatWasSet() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);

        GetUserPoolMfaConfigResponse config = pool.cognito().getUserPoolMfaConfig(request -> request.userPoolId(pool.poolId()));

        assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(config.softwareTokenMfaConfiguration().enabled()).isTrue();
        assertThat(config.smsMfaConfiguration()).isNotNull();
        assertThat(pool.cognito().describeUserPool(request -> request.userPoolId(pool.poolId())).userPool().mfaConfiguration())
                .isEqualTo(UserPoolMfaType.OPTIONAL);
    }

    @Test
    void mfaCannotBeRequiredWithoutAFactor() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> pool.cognito().setUserPoolMfaConfig(request -> request.userPoolId(pool.poolId())
                .mfaConfiguration(UserPoolMfaType.ON)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void associateSoftwareTokenAnswersABase32SecretOf32Characters() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "totp-secret@example.com");

        String secret = pool.cognito().associateSoftwareToken(request -> request.accessToken(accessToken)).secretCode();

        assertThat(secret).matches("[A-Z2-7]{32}");
    }

    @Test
    void aPoolWithoutSoftwareTokenMfaAnswersSoftwareTokenMfaNotFound() {
        TestPool pool = test.emailPool();
        String accessToken = token(pool, "no-totp@example.com");

        assertThatThrownBy(() -> pool.cognito().associateSoftwareToken(request -> request.accessToken(accessToken)))
                .isInstanceOf(SoftwareTokenMfaNotFoundException.class);
    }

    @Test
    void verifyingBeforeAssociatingAnswersSoftwareTokenMfaNotFound() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "verify-first@example.com");

        assertThatThrownBy(() -> pool.cognito().verifySoftwareToken(request -> request.accessToken(accessToken).userCode("123456")))
                .isInstanceOf(SoftwareTokenMfaNotFoundException.class);
    }

    @Test
    void aWrongFirstCodeAnswersEnableSoftwareTokenMfaException() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "wrong-first@example.com");
        String secret = pool.cognito().associateSoftwareToken(request -> request.accessToken(accessToken)).secretCode();
        String wrong = code(secret).equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> pool.cognito().verifySoftwareToken(request -> request.accessToken(accessToken).userCode(wrong)))
                .isInstanceOf(EnableSoftwareTokenMfaException.class);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAccepted() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "drift@example.com");
        String secret = pool.cognito().associateSoftwareToken(request -> request.accessToken(accessToken)).secretCode();
        String previousStep = Authenticator.code(secret, test.clock().instant().minusSeconds(30));

        VerifySoftwareTokenResponse response = pool.cognito().verifySoftwareToken(request -> request.accessToken(accessToken).userCode(previousStep));

        assertThat(response.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
    }

    @Test
    void aCodeTwoStepsOldIsRefused() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "too-old@example.com");
        String secret = pool.cognito().associateSoftwareToken(request -> request.accessToken(accessToken)).secretCode();
        String old = Authenticator.code(secret, test.clock().instant().minusSeconds(60));

        assertThatThrownBy(() -> pool.cognito().verifySoftwareToken(request -> request.accessToken(accessToken).userCode(old)))
                .isInstanceOf(EnableSoftwareTokenMfaException.class);
    }

    @Test
    void enablingTheSoftwareTokenBeforeVerifyingItAnswersInvalidParameter() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "not-verified@example.com");

        assertThatThrownBy(() -> preferSoftwareToken(pool, accessToken)).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void enablingSmsMfaWithoutAPhoneNumberAnswersInvalidParameter() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "no-phone@example.com");

        assertThatThrownBy(() -> pool.cognito().setUserMFAPreference(request -> request.accessToken(accessToken)
                .smsMfaSettings(settings -> settings.enabled(true))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void getUserShowsTheEnabledFactorsAndThePreferredOne() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "factors@example.com");
        enrolled(pool, accessToken);
        preferSoftwareToken(pool, accessToken);

        GetUserResponse user = pool.cognito().getUser(request -> request.accessToken(accessToken));

        assertThat(user.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(user.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    }

    @Test
    void signingInWithAnAuthenticatorAnswersTheChallengeThenTheTokensForItsCode() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "totp-sign-in@example.com");
        String secret = enrolled(pool, accessToken);
        preferSoftwareToken(pool, accessToken);
        test.clock().advance(Duration.ofSeconds(30));

        InitiateAuthResponse challenge = startSignIn(pool, "totp-sign-in@example.com");
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThat(challenge.authenticationResult()).isNull();
        assertThat(challenge.challengeParameters()).containsEntry("FRIENDLY_DEVICE_NAME", "phone");

        RespondToAuthChallengeResponse tokens = answer(pool, ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.session(),
                Map.of("USERNAME", "totp-sign-in@example.com", "SOFTWARE_TOKEN_MFA_CODE", code(secret)));
        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void aWrongAuthenticatorCodeAnswersCodeMismatchAndTheSessionStaysUsable() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "totp-wrong@example.com");
        String secret = enrolled(pool, accessToken);
        preferSoftwareToken(pool, accessToken);
        test.clock().advance(Duration.ofSeconds(30));
        String session = startSignIn(pool, "totp-wrong@example.com").session();
        String wrong = code(secret).equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> answer(pool, ChallengeNameType.SOFTWARE_TOKEN_MFA, session,
                Map.of("USERNAME", "totp-wrong@example.com", "SOFTWARE_TOKEN_MFA_CODE", wrong)))
                .isInstanceOf(CodeMismatchException.class);
        assertThat(answer(pool, ChallengeNameType.SOFTWARE_TOKEN_MFA, session,
                Map.of("USERNAME", "totp-wrong@example.com", "SOFTWARE_TOKEN_MFA_CODE", code(secret))).authenticationResult()).isNotNull();
    }

    @Test
    void aCodeUsedOnceIsRefusedASecondTime() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        String accessToken = token(pool, "totp-replay@example.com");
        String secret = enrolled(pool, accessToken);
        preferSoftwareToken(pool, accessToken);
        test.clock().advance(Duration.ofSeconds(30));
        String code = code(secret);
        answer(pool, ChallengeNameType.SOFTWARE_TOKEN_MFA, startSignIn(pool, "totp-replay@example.com").session(),
                Map.of("USERNAME", "totp-replay@example.com", "SOFTWARE_TOKEN_MFA_CODE", code));

        String session = startSignIn(pool, "totp-replay@example.com").session();

        assertThatThrownBy(() -> answer(pool, ChallengeNameType.SOFTWARE_TOKEN_MFA, session,
                Map.of("USERNAME", "totp-replay@example.com", "SOFTWARE_TOKEN_MFA_CODE", code)))
                .isInstanceOf(CodeMismatchException.class);
    }

    @Test
    void smsMfaTextsACodeToThePhoneNumberAndItsCodeAnswersTheTokens() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);
        pool.cognito().signUp(request -> request.clientId(pool.clientId()).username("sms-mfa@example.com").password(TestPool.PASSWORD)
                .userAttributes(AttributeType.builder().name("phone_number").value("+14155550188").build()));
        pool.confirm("sms-mfa@example.com");
        String accessToken = pool.signIn("sms-mfa@example.com").accessToken();
        pool.cognito().setUserMFAPreference(request -> request.accessToken(accessToken)
                .smsMfaSettings(settings -> settings.enabled(true).preferredMfa(true)));

        InitiateAuthResponse challenge = startSignIn(pool, "sms-mfa@example.com");

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "+*******0188");
        assertThat(test.emulator().outbox().get(0).purpose()).isEqualTo("MFA");
        assertThat(answer(pool, ChallengeNameType.SMS_MFA, challenge.session(),
                Map.of("USERNAME", "sms-mfa@example.com", "SMS_MFA_CODE", pool.codeSentTo("+14155550188"))).authenticationResult()).isNotNull();
    }

    @Test
    void aPoolThatRequiresMfaTakesAUserWithoutAFactorThroughSetupWithTheSession() {
        TestPool pool = pool(UserPoolMfaType.ON);
        pool.confirmedUser("setup@example.com");

        InitiateAuthResponse challenge = startSignIn(pool, "setup@example.com");
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
        assertThat(challenge.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");

        var associated = pool.cognito().associateSoftwareToken(request -> request.session(challenge.session()));
        VerifySoftwareTokenResponse verified = pool.cognito().verifySoftwareToken(request -> request.session(associated.session())
                .userCode(code(associated.secretCode())));
        RespondToAuthChallengeResponse tokens = answer(pool, ChallengeNameType.MFA_SETUP, verified.session(),
                Map.of("USERNAME", "setup@example.com"));

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        assertThat(pool.cognito().getUser(request -> request.accessToken(tokens.authenticationResult().accessToken())).preferredMfaSetting())
                .isEqualTo("SOFTWARE_TOKEN_MFA");
    }

    @Test
    void aSetupSessionIsUsedUpByEachStep() {
        TestPool pool = pool(UserPoolMfaType.ON);
        pool.confirmedUser("setup-used@example.com");
        String session = startSignIn(pool, "setup-used@example.com").session();
        pool.cognito().associateSoftwareToken(request -> request.session(session));

        assertThatThrownBy(() -> pool.cognito().associateSoftwareToken(request -> request.session(session)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void setupCannotBeFinishedBeforeTheAuthenticatorIsVerified() {
        TestPool pool = pool(UserPoolMfaType.ON);
        pool.confirmedUser("setup-early@example.com");
        String session = startSignIn(pool, "setup-early@example.com").session();

        assertThatThrownBy(() -> answer(pool, ChallengeNameType.MFA_SETUP, session, Map.of("USERNAME", "setup-early@example.com")))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void associateTakesAnAccessTokenOrASessionButNotBoth() {
        TestPool pool = pool(UserPoolMfaType.OPTIONAL);

        assertThatThrownBy(() -> pool.cognito().associateSoftwareToken(request -> { }))
                .isInstanceOf(InvalidParameterException.class);
    }
}
