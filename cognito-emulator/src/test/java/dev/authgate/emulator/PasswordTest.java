package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class PasswordTest {
    private static final String NEW_PASSWORD = "Battery-Staple-7";

    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @Test
    void forgotPasswordSendsACodeWithWhichTheUserSetsANewPassword() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("alice@example.com");

        ForgotPasswordResponse response = forgotPassword(pool, "alice@example.com");
        OutboxEntry sent = test.emulator().outbox().get(0);
        confirmForgotPassword(pool, "alice@example.com", sent.code(), NEW_PASSWORD);

        assertThat(response.codeDeliveryDetails().deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
        assertThat(sent.purpose()).isEqualTo("FORGOT_PASSWORD");
        assertThat(pool.signIn("alice@example.com", NEW_PASSWORD).accessToken()).isNotBlank();
        assertThatThrownBy(() -> pool.signIn("alice@example.com")).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void confirmingForgotPasswordWithAWrongCodeFailsWithCodeMismatchException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("bob@example.com");
        forgotPassword(pool, "bob@example.com");
        String code = pool.codeSentTo("bob@example.com");

        assertThatThrownBy(() -> confirmForgotPassword(pool, "bob@example.com", code.equals("000000") ? "111111" : "000000", NEW_PASSWORD))
                .isInstanceOf(CodeMismatchException.class);
    }

    @Test
    void confirmingForgotPasswordWithAWeakPasswordFailsWithInvalidPasswordExceptionAndKeepsTheCode() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("carol@example.com");
        forgotPassword(pool, "carol@example.com");
        String code = pool.codeSentTo("carol@example.com");

        assertThatThrownBy(() -> confirmForgotPassword(pool, "carol@example.com", code, "weak")).isInstanceOf(InvalidPasswordException.class);
        confirmForgotPassword(pool, "carol@example.com", code, NEW_PASSWORD);
        assertThat(pool.signIn("carol@example.com", NEW_PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void forgotPasswordForAUserWithoutAVerifiedContactFailsWithInvalidParameterException() {
        TestPool pool = test.emailPool();
        pool.signUp("dave@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> forgotPassword(pool, "dave@example.com")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void forgotPasswordForAnUnknownUserFailsWithUserNotFoundException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> forgotPassword(pool, "nobody@example.com")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void forgotPasswordForAnUnknownUserLooksDeliveredWhenTheClientHidesUserExistence() {
        TestPool pool = test.pool(p -> p, client -> client.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));
        int sentBefore = test.emulator().outbox().size();

        ForgotPasswordResponse response = forgotPassword(pool, "nobody@example.com");

        assertThat(response.codeDeliveryDetails().destination()).isEqualTo("n***@e***.com");
        assertThat(test.emulator().outbox()).hasSize(sentBefore);
    }

    @Test
    void changingPasswordWithTheCurrentOneReplacesIt() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("erin@example.com");
        String accessToken = pool.signIn("erin@example.com").accessToken();

        changePassword(accessToken, TestPool.PASSWORD, NEW_PASSWORD);

        assertThat(pool.signIn("erin@example.com", NEW_PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void changingPasswordWithAWrongCurrentOneFailsWithNotAuthorizedException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("frank@example.com");
        String accessToken = pool.signIn("frank@example.com").accessToken();

        assertThatThrownBy(() -> changePassword(accessToken, "Not-The-Password-1", NEW_PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Incorrect username or password.");
    }

    @Test
    void changingToAWeakPasswordFailsWithInvalidPasswordException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("gina@example.com");
        String accessToken = pool.signIn("gina@example.com").accessToken();

        assertThatThrownBy(() -> changePassword(accessToken, TestPool.PASSWORD, "alllowercase"))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessageContaining("Password must have uppercase characters");
    }

    private static ForgotPasswordResponse forgotPassword(TestPool pool, String username) {
        return pool.cognito().forgotPassword(request -> request.clientId(pool.clientId()).username(username));
    }

    private static void confirmForgotPassword(TestPool pool, String username, String code, String password) {
        pool.cognito().confirmForgotPassword(request -> request.clientId(pool.clientId())
                .username(username).confirmationCode(code).password(password));
    }

    private static void changePassword(String accessToken, String previous, String proposed) {
        test.cognito().changePassword(request -> request.accessToken(accessToken).previousPassword(previous).proposedPassword(proposed));
    }
}
