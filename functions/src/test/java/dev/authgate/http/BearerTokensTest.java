package dev.authgate.http;

import static dev.authgate.testsupport.HttpCall.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/**
 * Bearer tokens are verified locally before Cognito is called: every token that fails answers 401 with the
 * type {@code Unauthorized} (Cognito's own rejections carry {@code NotAuthorizedException}), which shows
 * the request never reached Cognito.
 */
class BearerTokensTest {

    private static final TestStack stack = TestStack.get();
    private static String validToken;

    @BeforeAll
    static void signIn() {
        var edge = EdgeKind.HTTP_API_V2.edge();
        validToken = stack.signIn(edge, stack.confirmedUser(edge)).field("accessToken");
    }

    private static ApiResponse getUser(EdgeKind kind, String authorization) {
        var call = get("/auth/user");
        return kind.edge().send(authorization == null ? call : call.withHeader("Authorization", authorization));
    }

    private static void assertRejectedLocally(ApiResponse response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorType()).isEqualTo("Unauthorized");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aValidTokenInALowerCaseHeaderWithALowerCaseSchemeIsAccepted(EdgeKind kind) {
        ApiResponse response = kind.edge().send(get("/auth/user").withHeader("authorization", "bearer " + validToken));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aMissingAuthorizationHeaderIsRejected(EdgeKind kind) {
        assertRejectedLocally(getUser(kind, null));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anotherSchemeIsRejected(EdgeKind kind) {
        assertRejectedLocally(getUser(kind, "Basic " + validToken));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aMalformedTokenIsRejected(EdgeKind kind) {
        assertRejectedLocally(getUser(kind, "Bearer not.a.jwt"));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anUnsignedTokenWithAlgNoneIsRejected(EdgeKind kind) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String unsigned = header + "." + validToken.split("\\.")[1] + ".";

        assertRejectedLocally(getUser(kind, "Bearer " + unsigned));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void tokensOfKeyIdsThePoolDoesNotHaveAreRejectedEvenPastTheLimitOnFetchingItsKeysAgain(EdgeKind kind) throws Exception {
        SignedJWT real = SignedJWT.parse(validToken);
        for (int i = 0; i < 3; i++) {
            RSAKey unknown = new RSAKeyGenerator(2048).keyID("unknown-" + UUID.randomUUID()).generate();
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(unknown.getKeyID()).build(), real.getJWTClaimsSet());
            forged.sign(new RSASSASigner(unknown));

            assertRejectedLocally(getUser(kind, "Bearer " + forged.serialize()));
        }
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aTokenWithTheRightClaimsSignedByAForeignKeyIsRejected(EdgeKind kind) throws Exception {
        SignedJWT real = SignedJWT.parse(validToken);
        RSAKey foreign = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreign.getKeyID()).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(foreign));

        assertRejectedLocally(getUser(kind, "Bearer " + forged.serialize()));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anExpiredTokenIsRejected(EdgeKind kind) {
        var edge = kind.edge();
        TestUser user = stack.confirmedUser(edge);
        String expired = stack.clock().shifted(Duration.ofHours(-3), () -> stack.signIn(edge, user).field("accessToken"));

        assertRejectedLocally(getUser(kind, "Bearer " + expired));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anIdTokenIsRejected(EdgeKind kind) {
        var edge = kind.edge();
        String idToken = stack.signIn(edge, stack.confirmedUser(edge)).field("idToken");

        assertRejectedLocally(getUser(kind, "Bearer " + idToken));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aTokenOfAnotherAppClientOfThePoolIsRejected(EdgeKind kind) {
        var admin = stack.admin();
        String poolId = stack.outputs().userPoolId();
        String token = admin.accessTokenThrough(poolId, admin.createClient(poolId), new TestUser(TestStack.newEmail(), TestUser.PASSWORD));

        assertRejectedLocally(getUser(kind, "Bearer " + token));
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aTokenOfAnotherPoolIsRejected(EdgeKind kind) {
        var admin = stack.admin();
        String poolId = admin.createPool("another-" + kind);
        String token = admin.accessTokenThrough(poolId, admin.createClient(poolId), new TestUser(TestStack.newEmail(), TestUser.PASSWORD));

        assertRejectedLocally(getUser(kind, "Bearer " + token));
    }
}
