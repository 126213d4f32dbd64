package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class SignInTest {
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
    void signingInWithTheRightPasswordReturnsAccessIdAndRefreshTokens() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("alice@example.com");

        AuthenticationResultType result = pool.signIn("alice@example.com");

        assertThat(result.accessToken()).isNotBlank();
        assertThat(result.idToken()).isNotBlank();
        assertThat(result.refreshToken()).isNotBlank();
        assertThat(result.tokenType()).isEqualTo("Bearer");
        assertThat(result.expiresIn()).isEqualTo(3600);
    }

    @Test
    void theSignInEmailIsMatchedWhateverItsCaseInACaseInsensitivePool() {
        TestPool pool = test.pool(p -> p.usernameConfiguration(config -> config.caseSensitive(false)), client -> client);
        pool.confirmedUser("bob@example.com");

        assertThat(pool.signIn("Bob@Example.com").accessToken()).isNotBlank();
    }

    @Test
    void theSignInEmailMustMatchExactlyInACaseSensitivePool() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("bea@example.com");

        assertThatThrownBy(() -> pool.signIn("Bea@Example.com")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void signingInWithAWrongPasswordFailsWithNotAuthorizedException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("carol@example.com");

        assertThatThrownBy(() -> pool.signIn("carol@example.com", "Wrong-Password-1"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Incorrect username or password.");
    }

    @Test
    void signingInAsAnUnknownUserFailsWithUserNotFoundException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> pool.signIn("nobody@example.com")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void signingInAsAnUnknownUserFailsLikeAWrongPasswordWhenTheClientHidesUserExistence() {
        TestPool pool = test.pool(p -> p, client -> client.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));

        assertThatThrownBy(() -> pool.signIn("nobody@example.com"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Incorrect username or password.");
    }

    @Test
    void signingInBeforeConfirmingFailsWithUserNotConfirmedException() {
        TestPool pool = test.emailPool();
        pool.signUp("dave@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> pool.signIn("dave@example.com")).isInstanceOf(UserNotConfirmedException.class);
    }

    @Test
    void anUnconfirmedUserWithAWrongPasswordIsToldOnlyThatThePasswordIsWrong() {
        TestPool pool = test.emailPool();
        pool.signUp("erin@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> pool.signIn("erin@example.com", "Wrong-Password-1")).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void signingInWithAFlowTheClientDoesNotAllowFailsWithInvalidParameterException() {
        TestPool pool = test.pool(p -> p, client -> client.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH));
        pool.confirmedUser("frank@example.com");

        assertThatThrownBy(() -> pool.signIn("frank@example.com"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("USER_PASSWORD_AUTH flow not enabled for this client");
    }

    @Test
    void aClientWithLegacyFlowNamesAllowsPasswordSignIn() {
        TestPool pool = test.pool(p -> p, client -> client.explicitAuthFlows(ExplicitAuthFlowsType.USER_PASSWORD_AUTH));
        pool.confirmedUser("gina@example.com");

        assertThat(pool.signIn("gina@example.com").accessToken()).isNotBlank();
    }
}
