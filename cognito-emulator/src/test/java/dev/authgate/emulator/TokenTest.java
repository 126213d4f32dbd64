package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.authgate.emulator.support.Jwts;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;

class TokenTest {
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
    void theAccessTokenVerifiesAgainstThePoolsJwksAndNamesTheIssuerClientAndUser() throws ParseException {
        TestPool pool = test.emailPool();
        pool.confirmedUser("alice@example.com");
        String accessToken = pool.signIn("alice@example.com").accessToken();

        JWKSet jwks = Jwts.jwks(test.emulator().endpoint(), pool.poolId());

        assertThat(Jwts.verifies(accessToken, jwks)).isTrue();
        JWTClaimsSet claims = Jwts.claims(accessToken);
        assertThat(claims.getIssuer()).isEqualTo("http://127.0.0.1:" + test.emulator().port() + "/" + pool.poolId());
        assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
        assertThat(claims.getStringClaim("client_id")).isEqualTo(pool.clientId());
        assertThat(claims.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
        assertThat(claims.getStringClaim("username")).isEqualTo(claims.getSubject());
        assertThat(claims.getStringClaim("origin_jti")).isNotBlank();
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getClaim("cognito:groups")).isNull();
    }

    @Test
    void theJwksPublishesOneRs256SigningKeyWithTheKidTokensCarry() throws ParseException {
        TestPool pool = test.emailPool();
        pool.confirmedUser("bob@example.com");
        SignedJWT token = SignedJWT.parse(pool.signIn("bob@example.com").accessToken());

        JWKSet jwks = Jwts.jwks(test.emulator().endpoint(), pool.poolId());

        assertThat(jwks.getKeys()).hasSize(1);
        JWK key = jwks.getKeys().get(0);
        assertThat(key.getKeyID()).isEqualTo(token.getHeader().getKeyID());
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.isPrivate()).isFalse();
    }

    @Test
    void theIdTokenCarriesTheUsersAttributesForTheClient() throws ParseException {
        TestPool pool = test.emailPool();
        pool.confirmedUser("carol@example.com");
        String idToken = pool.signIn("carol@example.com").idToken();

        JWTClaimsSet claims = Jwts.claims(idToken);

        assertThat(Jwts.verifies(idToken, Jwts.jwks(test.emulator().endpoint(), pool.poolId()))).isTrue();
        assertThat(claims.getStringClaim("token_use")).isEqualTo("id");
        assertThat(claims.getAudience()).containsExactly(pool.clientId());
        assertThat(claims.getStringClaim("cognito:username")).isEqualTo(claims.getSubject());
        assertThat(claims.getStringClaim("email")).isEqualTo("carol@example.com");
        assertThat(claims.getBooleanClaim("email_verified")).isTrue();
        assertThat(claims.getStringClaim("custom:role")).isEqualTo("member");
        assertThat(claims.getLongClaim("auth_time")).isNotNull();
    }

    @Test
    void theUsersGroupsAppearInCognitoGroupsOfBothTokensByPrecedence() throws ParseException {
        TestPool pool = test.emailPool();
        String email = pool.confirmedUser("dave@example.com");
        pool.cognito().createGroup(request -> request.userPoolId(pool.poolId()).groupName("members").precedence(10));
        pool.cognito().createGroup(request -> request.userPoolId(pool.poolId()).groupName("admins").precedence(1));
        pool.cognito().adminAddUserToGroup(request -> request.userPoolId(pool.poolId()).username(email).groupName("members"));
        pool.cognito().adminAddUserToGroup(request -> request.userPoolId(pool.poolId()).username(email).groupName("admins"));

        AuthenticationResultType tokens = pool.signIn(email);

        assertThat(Jwts.claims(tokens.accessToken()).getStringListClaim("cognito:groups")).containsExactly("admins", "members");
        assertThat(Jwts.claims(tokens.idToken()).getStringListClaim("cognito:groups")).containsExactly("admins", "members");
    }

    @Test
    void refreshingReturnsNewAccessAndIdTokensOfTheSameSessionButNoRefreshToken() throws ParseException {
        TestPool pool = test.emailPool();
        pool.confirmedUser("erin@example.com");
        AuthenticationResultType first = pool.signIn("erin@example.com");

        AuthenticationResultType refreshed = refresh(pool, first.refreshToken());

        assertThat(refreshed.refreshToken()).isNull();
        assertThat(refreshed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(Jwts.claims(refreshed.accessToken()).getStringClaim("origin_jti"))
                .isEqualTo(Jwts.claims(first.accessToken()).getStringClaim("origin_jti"));
        assertThat(Jwts.claims(refreshed.idToken()).getStringClaim("token_use")).isEqualTo("id");
    }

    @Test
    void refreshingWithAnUnknownTokenFailsWithNotAuthorizedException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> refresh(pool, "not-a-refresh-token"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid Refresh Token");
    }

    @Test
    void refreshingWithAnotherClientsTokenFailsWithNotAuthorizedException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("frank@example.com");
        String refreshToken = pool.signIn("frank@example.com").refreshToken();
        String otherClient = test.addClient(pool, client -> client);

        assertThatThrownBy(() -> pool.cognito().initiateAuth(request -> request.clientId(otherClient)
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", refreshToken))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void anExpiredRefreshTokenFailsWithNotAuthorizedException() {
        TestPool pool = test.pool(p -> p, client -> client.refreshTokenValidity(60)
                .tokenValidityUnits(units -> units.refreshToken(TimeUnitsType.MINUTES)));
        pool.confirmedUser("gina@example.com");
        String refreshToken = pool.signIn("gina@example.com").refreshToken();

        test.clock().advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> refresh(pool, refreshToken))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Refresh Token has expired");
    }

    @Test
    void tokenLifetimesFollowTheClientsValidity() throws ParseException {
        TestPool pool = test.pool(p -> p, client -> client.accessTokenValidity(5).idTokenValidity(2)
                .tokenValidityUnits(units -> units.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.HOURS)));
        pool.confirmedUser("hank@example.com");

        AuthenticationResultType tokens = pool.signIn("hank@example.com");

        assertThat(tokens.expiresIn()).isEqualTo(300);
        assertThat(lifetime(tokens.accessToken())).isEqualTo(Duration.ofMinutes(5));
        assertThat(lifetime(tokens.idToken())).isEqualTo(Duration.ofHours(2));
    }

    private static AuthenticationResultType refresh(TestPool pool, String refreshToken) {
        return pool.cognito().initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", refreshToken)))
                .authenticationResult();
    }

    private static Duration lifetime(String token) {
        JWTClaimsSet claims = Jwts.claims(token);
        return Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
    }
}
