package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class SignUpTest {
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
    void signingUpSendsASixDigitCodeToTheOutboxAndAnswersWithMaskedDeliveryDetails() {
        TestPool pool = test.emailPool();

        SignUpResponse response = pool.signUp("alice@example.com", TestPool.PASSWORD);

        assertThat(response.userConfirmed()).isFalse();
        assertThat(response.codeDeliveryDetails().destination()).isEqualTo("a***@e***.com");
        assertThat(response.codeDeliveryDetails().deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
        assertThat(response.codeDeliveryDetails().attributeName()).isEqualTo("email");
        OutboxEntry sent = test.emulator().outbox().get(0);
        assertThat(sent.to()).isEqualTo("alice@example.com");
        assertThat(sent.channel()).isEqualTo("EMAIL");
        assertThat(sent.purpose()).isEqualTo("SIGN_UP");
        assertThat(sent.code()).matches("\\d{6}");
    }

    @Test
    void signingUpWithAnEmailGivesTheUserAGeneratedUsernameAndTheEmailAsSignInAlias() {
        TestPool pool = test.emailPool();

        SignUpResponse response = pool.signUp("bob@example.com", TestPool.PASSWORD);

        AdminGetUserResponse user = pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("bob@example.com"));
        assertThat(user.username()).isEqualTo(response.userSub());
        assertThat(user.userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
        assertThat(user.userAttributes()).contains(
                AttributeType.builder().name("email").value("bob@example.com").build(),
                AttributeType.builder().name("sub").value(response.userSub()).build(),
                AttributeType.builder().name("custom:role").value("member").build());
    }

    @Test
    void signingUpWithAWeakPasswordIsRejectedWithInvalidPasswordExceptionNamingEveryFailedRule() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> pool.signUp("carol@example.com", "short"))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessageContaining("Password not long enough")
                .hasMessageContaining("Password must have uppercase characters")
                .hasMessageContaining("Password must have numeric characters")
                .hasMessageContaining("Password must have symbol characters");
    }

    @Test
    void signingUpWithATakenEmailIsRejectedWithUsernameExistsException() {
        TestPool pool = test.emailPool();
        pool.signUp("dave@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> pool.signUp("dave@example.com", TestPool.PASSWORD))
                .isInstanceOf(UsernameExistsException.class)
                .hasMessageContaining("An account with the given email already exists.");
    }

    @Test
    void aTakenEmailInAnotherCaseIsRejectedInACaseInsensitivePool() {
        TestPool pool = test.pool(p -> p.usernameConfiguration(config -> config.caseSensitive(false)), client -> client);
        pool.signUp("dora@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> pool.signUp("DORA@example.com", TestPool.PASSWORD)).isInstanceOf(UsernameExistsException.class);
    }

    @Test
    void thePasswordIsCheckedBeforeWhetherTheUsernameIsTaken() {
        TestPool pool = test.emailPool();
        pool.signUp("erin@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> pool.signUp("erin@example.com", "weak")).isInstanceOf(InvalidPasswordException.class);
    }

    @Test
    void theUsernameFormatIsCheckedBeforeThePassword() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> pool.signUp("not-an-email", "weak")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void signUpsArrivingTogetherAreAllRecorded() {
        TestPool pool = test.emailPool();
        List<String> emails = IntStream.range(0, 16).mapToObj(i -> "user" + i + "@example.com").toList();

        emails.parallelStream().forEach(email -> pool.signUp(email, TestPool.PASSWORD));

        assertThat(emails).allSatisfy(email -> assertThat(
                pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username(email)).username()).isNotBlank());
    }

    @Test
    void signingUpWithANonEmailUsernameInAnEmailPoolIsRejectedWithInvalidParameterException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> pool.signUp("frank", TestPool.PASSWORD))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Username should be an email.");
    }

    @Test
    void signingUpThroughAnUnknownClientIsRejectedWithResourceNotFoundException() {
        assertThatThrownBy(() -> test.cognito().signUp(request -> request
                .clientId("nosuchclient").username("gina@example.com").password(TestPool.PASSWORD)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void signingUpWithAnAttributeOutsideTheSchemaIsRejectedWithInvalidParameterException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> pool.cognito().signUp(request -> request.clientId(pool.clientId())
                .username("hank@example.com").password(TestPool.PASSWORD)
                .userAttributes(AttributeType.builder().name("custom:shoe_size").value("44").build())))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void signingUpWithAnAttributeTheClientMayNotWriteIsRejectedWithNotAuthorizedException() {
        TestPool pool = test.pool(p -> p, client -> client.writeAttributes("email"));

        assertThatThrownBy(() -> pool.signUp("ivy@example.com", TestPool.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("unauthorized attribute");
    }

    @Test
    void signingUpInAPoolThatOnlyAdministratorsFillIsRejectedWithNotAuthorizedException() {
        TestPool pool = test.pool(p -> p.adminCreateUserConfig(config -> config.allowAdminCreateUserOnly(true)), client -> client);

        assertThatThrownBy(() -> pool.signUp("jack@example.com", TestPool.PASSWORD)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void signingUpWithAPhoneNumberInAPhonePoolSendsTheCodeBySms() {
        TestPool pool = test.pool(p -> p.usernameAttributes(UsernameAttributeType.PHONE_NUMBER)
                .autoVerifiedAttributes(VerifiedAttributeType.PHONE_NUMBER), client -> client);

        SignUpResponse response = pool.signUp("+15550001234", TestPool.PASSWORD);

        assertThat(response.codeDeliveryDetails().deliveryMedium()).isEqualTo(DeliveryMediumType.SMS);
        assertThat(response.codeDeliveryDetails().destination()).isEqualTo("+*******1234");
        assertThat(test.emulator().outbox().get(0).channel()).isEqualTo("SMS");
    }

    @Test
    void usernamesInACaseInsensitivePoolMatchWhateverTheirCase() {
        TestPool pool = test.pool(p -> p.usernameAttributes(List.of())
                .usernameConfiguration(config -> config.caseSensitive(false)), client -> client);
        pool.cognito().signUp(request -> request.clientId(pool.clientId()).username("Kim").password(TestPool.PASSWORD)
                .userAttributes(AttributeType.builder().name("email").value("kim@example.com").build()));

        assertThatThrownBy(() -> pool.cognito().signUp(request -> request.clientId(pool.clientId())
                .username("KIM").password(TestPool.PASSWORD)))
                .isInstanceOf(UsernameExistsException.class);
        assertThat(pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("kim")).username()).isEqualTo("Kim");
    }

    @Test
    void usernamesInAPoolCreatedWithoutCaseSettingAreCaseSensitive() {
        TestPool pool = test.pool(p -> p.usernameAttributes(List.of()), client -> client);
        pool.cognito().signUp(request -> request.clientId(pool.clientId()).username("Lea").password(TestPool.PASSWORD));

        pool.cognito().signUp(request -> request.clientId(pool.clientId()).username("LEA").password(TestPool.PASSWORD));

        assertThat(pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("LEA")).username()).isEqualTo("LEA");
    }
}
