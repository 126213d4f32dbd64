package dev.authgate.aws.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import dev.authgate.contract.ChallengeResponse;
import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.MfaFactor;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.TokenResponse;
import dev.authgate.error.AuthException;
import dev.authgate.identity.AuthenticatorSecret;
import dev.authgate.identity.PoolUser;
import dev.authgate.identity.SetupCredential;
import dev.authgate.identity.SignedUp;
import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.local.LocalUserPool;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.CognitoSettings;
import dev.authgate.settings.MfaSetting;
import dev.authgate.testsupport.Authenticator;
import dev.authgate.testsupport.TestStack;

/**
 * What the Cognito adapter must do, run against every Cognito it can talk to: our emulator, and
 * cognito-local as an independent reading of Cognito. Where cognito-local departs from the Cognito API
 * Reference, its subclass says so by overriding the expectation, never by loosening it here.
 */
abstract class IdentityProviderContract {

    static final String PASSWORD = "Corr3ct-Horse!";

    /** The Cognito endpoint under test. */
    abstract URI endpoint();

    /** The newest confirmation code sent to the address. */
    abstract String codeSentTo(String email);

    /** The newest code sent to verify a new or current email. */
    abstract String attributeCodeSentTo(String email);

    /** The time on this Cognito's clock, at which an authenticator app computes its codes. */
    abstract Instant now();

    /** The error VerifySoftwareToken answers a wrong first code with: EnableSoftwareTokenMFAException, per the API Reference. */
    String wrongFirstCodeErrorType() {
        return "EnableSoftwareTokenMFAException";
    }

    /** The error Cognito answers a wrong password with: NotAuthorizedException, per the API Reference. */
    String wrongPasswordErrorType() {
        return "NotAuthorizedException";
    }

    private static final Map<URI, CognitoIdentityProvider> ADAPTERS = new ConcurrentHashMap<>();

    /** The adapter for the pool the provisioner makes on this Cognito, once per endpoint. */
    CognitoIdentityProvider identity() {
        return ADAPTERS.computeIfAbsent(endpoint(), endpoint -> {
            StackOutputs pool = new LocalUserPool(endpoint)
                    .provision(AuthgateSettings.defaults().withMfa(MfaSetting.OPTIONAL), URI.create("http://127.0.0.1/auth"));
            return CognitoIdentityProvider.create(new CognitoSettings("us-east-1", endpoint, pool.userPoolId(), pool.userPoolClientId(), 5000));
        });
    }

    String accessTokenOf(String email) {
        return ((TokenResponse) identity().signInWithPassword(email, PASSWORD)).accessToken();
    }

    String confirmedUser() {
        String email = TestStack.newEmail();
        identity().signUp(email, PASSWORD, Map.of(), Map.of());
        identity().confirmSignUp(email, codeSentTo(email));
        return email;
    }

    @Test
    void signingUpAnswersTheUsersSubAndThatItIsNotConfirmedYet() {
        SignedUp user = identity().signUp(TestStack.newEmail(), PASSWORD, Map.of(), Map.of());

        assertThat(user.userSub()).isNotBlank();
        assertThat(user.confirmed()).isFalse();
    }

    @Test
    void aConfirmedUserSignsInWithTheirPasswordAndGetsTokens() {
        String email = confirmedUser();

        assertThat(identity().signInWithPassword(email, PASSWORD)).isInstanceOfSatisfying(TokenResponse.class, tokens -> {
            assertThat(tokens.accessToken()).isNotBlank();
            assertThat(tokens.idToken()).isNotBlank();
            assertThat(tokens.refreshToken()).isNotBlank();
        });
    }

    @Test
    void signingUpTwiceWithOneUsernameIsUsernameExists() {
        String email = TestStack.newEmail();
        identity().signUp(email, PASSWORD, Map.of(), Map.of());

        assertThatThrownBy(() -> identity().signUp(email, PASSWORD, Map.of(), Map.of()))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.type()).isEqualTo("UsernameExistsException"));
    }

    @Test
    void confirmingWithAWrongCodeIsCodeMismatch() {
        String email = TestStack.newEmail();
        identity().signUp(email, PASSWORD, Map.of(), Map.of());
        String wrong = codeSentTo(email).equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> identity().confirmSignUp(email, wrong))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.type()).isEqualTo("CodeMismatchException"));
    }

    @Test
    void signingInBeforeConfirmingIsUserNotConfirmed() {
        String email = TestStack.newEmail();
        identity().signUp(email, PASSWORD, Map.of(), Map.of());

        assertThatThrownBy(() -> identity().signInWithPassword(email, PASSWORD))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.type()).isEqualTo("UserNotConfirmedException");
                    assertThat(e.status()).isEqualTo(403);
                });
    }

    @Test
    void signingInWithAWrongPasswordIsRejectedWithTheReferencesErrorType() {
        String email = confirmedUser();

        assertThatThrownBy(() -> identity().signInWithPassword(email, "Wr0ng-Password!"))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.type()).isEqualTo(wrongPasswordErrorType()));
    }

    @Test
    void aNewEmailGetsACodeAndTakesEffectOnlyOnceVerified() {
        String email = confirmedUser();
        String accessToken = accessTokenOf(email);
        String newEmail = TestStack.newEmail();

        List<CodeDeliveryDetails> deliveries = identity().updateAttributes(accessToken, Map.of("email", newEmail, "name", "Ada"));

        assertThat(deliveries).extracting(CodeDeliveryDetails::attribute).containsExactly("email");
        assertThat(identity().user(accessToken).attributes()).containsEntry("email", email).containsEntry("name", "Ada");
        identity().verifyAttribute(accessToken, "email", attributeCodeSentTo(newEmail));
        assertThat(identity().user(accessToken).attributes()).containsEntry("email", newEmail).containsEntry("email_verified", "true");
    }

    @Test
    void aWrongAttributeCodeIsCodeMismatch() {
        String email = confirmedUser();
        String accessToken = accessTokenOf(email);
        String newEmail = TestStack.newEmail();
        identity().updateAttributes(accessToken, Map.of("email", newEmail));
        String wrong = attributeCodeSentTo(newEmail).equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> identity().verifyAttribute(accessToken, "email", wrong))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.type()).isEqualTo("CodeMismatchException"));
        assertThat(identity().user(accessToken).attributes()).containsEntry("email", email);
    }

    @Test
    void aResentAttributeCodeVerifiesTheWaitingEmail() {
        String email = confirmedUser();
        String accessToken = accessTokenOf(email);
        String newEmail = TestStack.newEmail();
        identity().updateAttributes(accessToken, Map.of("email", newEmail));

        identity().resendAttributeCode(accessToken, "email");

        identity().verifyAttribute(accessToken, "email", attributeCodeSentTo(newEmail));
        assertThat(identity().user(accessToken).attributes()).containsEntry("email", newEmail);
    }

    /** Sets up an authenticator for the signed-in user with the code of the current step; answers its secret. */
    String withAuthenticator(String accessToken) {
        String secret = identity().associateAuthenticator(SetupCredential.accessToken(accessToken)).secretCode();
        identity().verifyAuthenticator(SetupCredential.accessToken(accessToken), Authenticator.code(secret, now()), "phone");
        identity().setMfaPreference(accessToken, Optional.of(MfaFactor.TOTP));
        return secret;
    }

    @Test
    void anAuthenticatorSetUpWithAFirstCodeBecomesThePreferredFactor() {
        String accessToken = accessTokenOf(confirmedUser());

        AuthenticatorSecret secret = identity().associateAuthenticator(SetupCredential.accessToken(accessToken));
        Optional<String> nextSession = identity().verifyAuthenticator(SetupCredential.accessToken(accessToken),
                Authenticator.code(secret.secretCode(), now()), "phone");
        identity().setMfaPreference(accessToken, Optional.of(MfaFactor.TOTP));

        assertThat(secret.secretCode()).matches("[A-Z2-7]{16,}");
        assertThat(secret.session()).isEmpty();
        assertThat(nextSession).isEmpty();
        PoolUser user = identity().user(accessToken);
        assertThat(user.mfaFactors()).containsExactly(MfaFactor.TOTP);
        assertThat(user.preferredMfa()).contains(MfaFactor.TOTP);
    }

    @Test
    void aWrongFirstCodeIsRefusedWith400() {
        String accessToken = accessTokenOf(confirmedUser());
        String secret = identity().associateAuthenticator(SetupCredential.accessToken(accessToken)).secretCode();

        assertThatThrownBy(() -> identity().verifyAuthenticator(SetupCredential.accessToken(accessToken),
                Authenticator.wrongCode(secret, now()), "phone"))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.type()).isEqualTo(wrongFirstCodeErrorType());
                    assertThat(e.status()).isEqualTo(400);
                });
    }

    @Test
    void aUserWithAnAuthenticatorIsAskedForItsCodeAndItsCodeAnswersTheTokens() {
        String email = confirmedUser();
        String secret = withAuthenticator(accessTokenOf(email));

        SignInResult challenge = identity().signInWithPassword(email, PASSWORD);

        assertThat(challenge).isInstanceOfSatisfying(ChallengeResponse.class, asked ->
                assertThat(asked.challengeName()).isEqualTo("SOFTWARE_TOKEN_MFA"));
        // the next step's code: the first one was used by the set-up, and one step of drift is allowed
        SignInResult tokens = identity().answerChallenge("SOFTWARE_TOKEN_MFA", ((ChallengeResponse) challenge).session(),
                Map.of("USERNAME", email, "SOFTWARE_TOKEN_MFA_CODE", Authenticator.code(secret, now().plusSeconds(30))));
        assertThat(tokens).isInstanceOfSatisfying(TokenResponse.class, issued -> assertThat(issued.accessToken()).isNotBlank());
    }

    @Test
    void aWrongAuthenticatorCodeAtSignInIsCodeMismatch() {
        String email = confirmedUser();
        String secret = withAuthenticator(accessTokenOf(email));
        ChallengeResponse challenge = (ChallengeResponse) identity().signInWithPassword(email, PASSWORD);

        assertThatThrownBy(() -> identity().answerChallenge("SOFTWARE_TOKEN_MFA", challenge.session(),
                Map.of("USERNAME", email, "SOFTWARE_TOKEN_MFA_CODE", Authenticator.wrongCode(secret, now()))))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.type()).isEqualTo("CodeMismatchException");
                    assertThat(e.status()).isEqualTo(400);
                });
    }

    @Test
    void turningMfaOffSignsTheUserInWithTheirPasswordAlone() {
        String email = confirmedUser();
        String accessToken = accessTokenOf(email);
        withAuthenticator(accessToken);

        identity().setMfaPreference(accessToken, Optional.empty());

        assertThat(identity().user(accessToken).mfaFactors()).isEmpty();
        assertThat(identity().signInWithPassword(email, PASSWORD)).isInstanceOf(TokenResponse.class);
    }
}
