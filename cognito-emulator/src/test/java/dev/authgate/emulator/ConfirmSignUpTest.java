package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

class ConfirmSignUpTest {
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
    void confirmingWithTheSentCodeConfirmsTheUserAndVerifiesTheEmail() {
        TestPool pool = test.emailPool();
        pool.signUp("alice@example.com", TestPool.PASSWORD);

        pool.confirm("alice@example.com");

        AdminGetUserResponse user = adminGetUser(pool, "alice@example.com");
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(user.userAttributes()).contains(AttributeType.builder().name("email_verified").value("true").build());
    }

    @Test
    void confirmingWithAWrongCodeFailsWithCodeMismatchException() {
        TestPool pool = test.emailPool();
        pool.signUp("bob@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> confirm(pool, "bob@example.com", wrong(pool.codeSentTo("bob@example.com"))))
                .isInstanceOf(CodeMismatchException.class);
    }

    @Test
    void confirmingAnAlreadyConfirmedUserFailsWithNotAuthorizedException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("carol@example.com");

        assertThatThrownBy(() -> pool.confirm("carol@example.com"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("User cannot be confirmed. Current status is CONFIRMED");
    }

    @Test
    void confirmingAnUnknownUserFailsWithUserNotFoundException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> confirm(pool, "nobody@example.com", "123456")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void confirmingAnUnknownUserLooksLikeAWrongCodeWhenTheClientHidesUserExistence() {
        TestPool pool = test.pool(p -> p, client -> client.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));

        assertThatThrownBy(() -> confirm(pool, "nobody@example.com", "123456")).isInstanceOf(CodeMismatchException.class);
    }

    @Test
    void aCodeOlderThanTwentyFourHoursFailsWithExpiredCodeException() {
        TestPool pool = test.emailPool();
        pool.signUp("dave@example.com", TestPool.PASSWORD);

        test.clock().advance(Duration.ofHours(24).plusSeconds(1));

        assertThatThrownBy(() -> pool.confirm("dave@example.com")).isInstanceOf(ExpiredCodeException.class);
    }

    @Test
    void afterFiveWrongCodesEvenTheRightOneFailsWithTooManyFailedAttemptsException() {
        TestPool pool = test.emailPool();
        pool.signUp("erin@example.com", TestPool.PASSWORD);
        String code = pool.codeSentTo("erin@example.com");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> confirm(pool, "erin@example.com", wrong(code))).isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> confirm(pool, "erin@example.com", code)).isInstanceOf(TooManyFailedAttemptsException.class);
    }

    @Test
    void resendingSendsANewCodeAndThePreviousOneStopsWorking() {
        TestPool pool = test.emailPool();
        pool.signUp("frank@example.com", TestPool.PASSWORD);
        String first = pool.codeSentTo("frank@example.com");

        var response = pool.cognito().resendConfirmationCode(request -> request.clientId(pool.clientId()).username("frank@example.com"));

        assertThat(response.codeDeliveryDetails().destination()).isEqualTo("f***@e***.com");
        OutboxEntry resent = test.emulator().outbox().get(0);
        assertThat(resent.purpose()).isEqualTo("RESEND");
        if (!resent.code().equals(first)) { // the two random codes match once in a million runs
            assertThatThrownBy(() -> confirm(pool, "frank@example.com", first)).isInstanceOf(CodeMismatchException.class);
        }
        confirm(pool, "frank@example.com", resent.code());
        assertThat(adminGetUser(pool, "frank@example.com").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void resendingToAConfirmedUserFailsWithInvalidParameterException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("gina@example.com");

        assertThatThrownBy(() -> pool.cognito().resendConfirmationCode(request -> request.clientId(pool.clientId()).username("gina@example.com")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void anAdministratorConfirmsAUserWithoutACode() {
        TestPool pool = test.emailPool();
        pool.signUp("hank@example.com", TestPool.PASSWORD);

        pool.cognito().adminConfirmSignUp(request -> request.userPoolId(pool.poolId()).username("hank@example.com"));

        AdminGetUserResponse user = adminGetUser(pool, "hank@example.com");
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signIn("hank@example.com").accessToken()).isNotBlank();
    }

    private static void confirm(TestPool pool, String username, String code) {
        pool.cognito().confirmSignUp(request -> request.clientId(pool.clientId()).username(username).confirmationCode(code));
    }

    private static AdminGetUserResponse adminGetUser(TestPool pool, String username) {
        return pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username(username));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
