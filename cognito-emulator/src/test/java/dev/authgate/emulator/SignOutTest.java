package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;

class SignOutTest {
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
    void globalSignOutRevokesEveryAccessTokenOfTheUser() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("alice@example.com");
        AuthenticationResultType laptop = pool.signIn("alice@example.com");
        AuthenticationResultType phone = pool.signIn("alice@example.com");

        pool.cognito().globalSignOut(request -> request.accessToken(laptop.accessToken()));

        assertThatThrownBy(() -> getUser(laptop.accessToken()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Access Token has been revoked");
        assertThatThrownBy(() -> getUser(phone.accessToken())).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void globalSignOutRevokesEveryRefreshTokenOfTheUser() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("bob@example.com");
        AuthenticationResultType laptop = pool.signIn("bob@example.com");
        AuthenticationResultType phone = pool.signIn("bob@example.com");

        pool.cognito().globalSignOut(request -> request.accessToken(laptop.accessToken()));

        assertThatThrownBy(() -> refresh(pool, laptop.refreshToken()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Refresh Token has been revoked");
        assertThatThrownBy(() -> refresh(pool, phone.refreshToken())).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void signingInAgainAfterGlobalSignOutGivesWorkingTokens() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("carol@example.com");
        pool.cognito().globalSignOut(request -> request.accessToken(pool.signIn("carol@example.com").accessToken()));

        String fresh = pool.signIn("carol@example.com").accessToken();

        assertThatCode(() -> getUser(fresh)).doesNotThrowAnyException();
    }

    @Test
    void anAdministratorsGlobalSignOutRevokesTheUsersTokens() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("dave@example.com");
        AuthenticationResultType tokens = pool.signIn("dave@example.com");

        pool.cognito().adminUserGlobalSignOut(request -> request.userPoolId(pool.poolId()).username("dave@example.com"));

        assertThatThrownBy(() -> getUser(tokens.accessToken())).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> refresh(pool, tokens.refreshToken())).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void revokingARefreshTokenStopsItAndTheAccessTokensIssuedFromIt() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("erin@example.com");
        AuthenticationResultType tokens = pool.signIn("erin@example.com");
        String refreshedAccessToken = refresh(pool, tokens.refreshToken()).accessToken();

        revoke(pool.clientId(), tokens.refreshToken());

        assertThatThrownBy(() -> refresh(pool, tokens.refreshToken())).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> getUser(tokens.accessToken())).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> getUser(refreshedAccessToken)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void revokingARefreshTokenLeavesTheUsersOtherSessionsWorking() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("frank@example.com");
        AuthenticationResultType revoked = pool.signIn("frank@example.com");
        AuthenticationResultType kept = pool.signIn("frank@example.com");

        revoke(pool.clientId(), revoked.refreshToken());

        assertThatCode(() -> getUser(kept.accessToken())).doesNotThrowAnyException();
        assertThat(refresh(pool, kept.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void revokingAnUnknownRefreshTokenSucceeds() {
        TestPool pool = test.emailPool();

        assertThatCode(() -> revoke(pool.clientId(), "unknown-refresh-token")).doesNotThrowAnyException();
    }

    @Test
    void revokingThroughAnotherClientFailsWithUnauthorizedException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("gina@example.com");
        String refreshToken = pool.signIn("gina@example.com").refreshToken();
        String otherClient = test.addClient(pool, client -> client);

        assertThatThrownBy(() -> revoke(otherClient, refreshToken)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void revokingAnAccessTokenFailsWithUnsupportedTokenTypeException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("hank@example.com");
        String accessToken = pool.signIn("hank@example.com").accessToken();

        assertThatThrownBy(() -> revoke(pool.clientId(), accessToken)).isInstanceOf(UnsupportedTokenTypeException.class);
    }

    @Test
    void revokingThroughAClientWithoutRevocationFailsWithUnsupportedOperationException() {
        TestPool pool = test.pool(p -> p, client -> client.enableTokenRevocation(false));
        pool.confirmedUser("ivy@example.com");
        String refreshToken = pool.signIn("ivy@example.com").refreshToken();

        assertThatThrownBy(() -> revoke(pool.clientId(), refreshToken)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void getUser(String accessToken) {
        test.cognito().getUser(request -> request.accessToken(accessToken));
    }

    private static void revoke(String clientId, String refreshToken) {
        test.cognito().revokeToken(request -> request.clientId(clientId).token(refreshToken));
    }

    private static AuthenticationResultType refresh(TestPool pool, String refreshToken) {
        return pool.cognito().initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", refreshToken)))
                .authenticationResult();
    }
}
