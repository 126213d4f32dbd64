package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.authgate.emulator.support.Jwts;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** Every action that takes an access token trusts only our own, live access tokens. */
class AccessTokenTest {
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
    void getUserReturnsTheUsernameAndEveryAttributeIncludingSub() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("alice@example.com");
        String accessToken = pool.signIn("alice@example.com").accessToken();

        GetUserResponse user = getUser(accessToken);

        String sub = Jwts.claims(accessToken).getSubject();
        assertThat(user.username()).isEqualTo(sub);
        assertThat(user.userAttributes()).contains(
                attribute("sub", sub), attribute("email", "alice@example.com"), attribute("email_verified", "true"), attribute("custom:role", "member"));
        assertThat(user.mfaOptions()).isEmpty();
    }

    @Test
    void getUserLeavesOutAttributesTheClientMayNotRead() {
        TestPool pool = test.pool(p -> p, client -> client.readAttributes("email", "email_verified"));
        pool.confirmedUser("bob@example.com");

        GetUserResponse user = getUser(pool.signIn("bob@example.com").accessToken());

        assertThat(user.userAttributes()).extracting(AttributeType::name).containsExactlyInAnyOrder("sub", "email", "email_verified");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejectedWithNotAuthorizedException() throws Exception {
        String genuine = signedInToken("carol@example.com");
        RSAKey otherKey = new RSAKeyGenerator(2048).generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SignedJWT.parse(genuine).getHeader().getKeyID()).build(),
                Jwts.claims(genuine));
        forged.sign(new RSASSASigner(otherKey));

        assertThatThrownBy(() -> getUser(forged.serialize()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid Access Token");
    }

    @Test
    void anUnsignedTokenIsRejectedWithNotAuthorizedException() {
        String genuine = signedInToken("dave@example.com");
        String unsigned = new PlainJWT(Jwts.claims(genuine)).serialize();

        assertThatThrownBy(() -> getUser(unsigned)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aTokenMacSignedWithTheAlgorithmSwitchedIsRejectedWithNotAuthorizedException() throws Exception {
        String genuine = signedInToken("erin@example.com");
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(SignedJWT.parse(genuine).getHeader().getKeyID()).build(),
                Jwts.claims(genuine));
        forged.sign(new MACSigner("a-secret-an-attacker-chose-long-enough-for-hs256"));

        assertThatThrownBy(() -> getUser(forged.serialize())).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void anIdTokenIsNotAcceptedAsAnAccessToken() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("frank@example.com");

        assertThatThrownBy(() -> getUser(pool.signIn("frank@example.com").idToken()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid Access Token");
    }

    @Test
    void textThatIsNoTokenIsRejectedWithNotAuthorizedException() {
        assertThatThrownBy(() -> getUser("not-a-token")).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void anExpiredAccessTokenIsRejectedWithNotAuthorizedException() {
        String accessToken = signedInToken("gina@example.com");

        test.clock().advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> getUser(accessToken))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Access Token has expired");
    }

    private static String signedInToken(String email) {
        TestPool pool = test.emailPool();
        pool.confirmedUser(email);
        return pool.signIn(email).accessToken();
    }

    private static GetUserResponse getUser(String accessToken) {
        return test.cognito().getUser(request -> request.accessToken(accessToken));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
