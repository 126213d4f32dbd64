package dev.authgate.operation;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;

/** The tokens sign-in answers verify against the published JWKS, with the claims a resource server checks. */
class IssuedTokensTest {

    private static final TestStack stack = TestStack.get();
    private static ApiResponse tokens;

    @BeforeAll
    static void signIn() {
        var edge = EdgeKind.HTTP_API_V2.edge();
        String username = TestStack.newEmail();
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"Corr3ct-Horse!\"}";
        edge.send(post("/auth/sign-up", credentials));
        edge.send(post("/auth/sign-up/confirm",
                "{\"username\":\"" + username + "\",\"confirmationCode\":\"" + stack.latestCode(username, "SIGN_UP") + "\"}"));
        tokens = edge.send(post("/auth/sign-in", credentials));
        assertThat(tokens.statusCode()).isEqualTo(200);
    }

    private static DefaultJWTProcessor<SecurityContext> verifier(String tokenUse, String audienceClaim) throws Exception {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(stack.outputs().authApiJwksUri()).toURL()).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        JWTClaimsSet expected = new JWTClaimsSet.Builder()
                .issuer(stack.outputs().authApiIssuer())
                .claim("token_use", tokenUse)
                .build();
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(expected, Set.of("sub", "exp", "iat", audienceClaim)));
        return processor;
    }

    @Test
    void theAccessTokenVerifiesAgainstTheJwksWithIssuerTokenUseAndClientId() throws Exception {
        JWTClaimsSet claims = verifier("access", "client_id").process(tokens.field("accessToken"), null);

        assertThat(claims.getStringClaim("client_id")).isEqualTo(stack.outputs().userPoolClientId());
        assertThat(claims.getIssuer()).isEqualTo(stack.outputs().authApiIssuer());
    }

    @Test
    void theIdTokenVerifiesAgainstTheJwksWithTheClientAsAudience() throws Exception {
        JWTClaimsSet claims = verifier("id", "aud").process(tokens.field("idToken"), null);

        assertThat(claims.getAudience()).containsExactly(stack.outputs().userPoolClientId());
    }

    @Test
    void anIdTokenDoesNotPassForAnAccessToken() {
        assertThatThrownBy(() -> verifier("access", "client_id").process(tokens.field("idToken"), null))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void aTamperedAccessTokenFailsVerification() {
        String token = tokens.field("accessToken");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        assertThatThrownBy(() -> verifier("access", "client_id").process(tampered, null)).isInstanceOf(Exception.class);
    }
}
