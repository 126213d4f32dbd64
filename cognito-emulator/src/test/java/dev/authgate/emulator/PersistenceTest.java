package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.Authenticator;
import dev.authgate.emulator.support.Jwts;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** With a data folder, everything a developer set up survives a restart. */
class PersistenceTest {
    @TempDir
    Path dataDir;

    @Test
    void aUserSignsInAfterARestartWithTheSameDataFolder() {
        TestPool before;
        try (TestCognito first = start()) {
            before = first.emailPool();
            before.confirmedUser("alice@example.com");
        }

        try (TestCognito second = start()) {
            TestPool after = new TestPool(second, before.poolId(), before.clientId());
            assertThat(after.signIn("alice@example.com").accessToken()).isNotBlank();
        }
    }

    @Test
    void aTokenIssuedBeforeARestartStillVerifiesWithTheSameKeyAndStillWorks() {
        TestPool before;
        AuthenticationResultType tokens;
        try (TestCognito first = start()) {
            before = first.emailPool();
            before.confirmedUser("bob@example.com");
            tokens = before.signIn("bob@example.com");
        }

        try (TestCognito second = start()) {
            assertThat(Jwts.verifies(tokens.accessToken(), Jwts.jwks(second.emulator().endpoint(), before.poolId()))).isTrue();
            assertThat(second.cognito().getUser(request -> request.accessToken(tokens.accessToken())).username())
                    .isEqualTo(Jwts.claims(tokens.accessToken()).getSubject());
            assertThat(second.cognito().initiateAuth(request -> request.clientId(before.clientId())
                    .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())))
                    .authenticationResult().accessToken()).isNotBlank();
        }
    }

    @Test
    void aPoolsMfaSettingsAndAUsersAuthenticatorSurviveARestart() {
        TestPool before;
        String secret;
        try (TestCognito first = start()) {
            before = first.emailPool();
            TestPool pool = before;
            pool.cognito().setUserPoolMfaConfig(request -> request.userPoolId(pool.poolId())
                    .mfaConfiguration(UserPoolMfaType.OPTIONAL).softwareTokenMfaConfiguration(token -> token.enabled(true)));
            String accessToken = pool.signIn(pool.confirmedUser("mfa@example.com")).accessToken();
            secret = pool.cognito().associateSoftwareToken(request -> request.accessToken(accessToken)).secretCode();
            pool.cognito().verifySoftwareToken(request -> request.accessToken(accessToken)
                    .userCode(Authenticator.code(secret, first.clock().instant())));
            pool.cognito().setUserMFAPreference(request -> request.accessToken(accessToken)
                    .softwareTokenMfaSettings(settings -> settings.enabled(true).preferredMfa(true)));
        }

        try (TestCognito second = start()) {
            InitiateAuthResponse challenge = second.cognito().initiateAuth(request -> request.clientId(before.clientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "mfa@example.com", "PASSWORD", TestPool.PASSWORD)));
            assertThat(challenge.challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
            assertThat(second.cognito().respondToAuthChallenge(request -> request.clientId(before.clientId())
                    .challengeName("SOFTWARE_TOKEN_MFA").session(challenge.session())
                    .challengeResponses(Map.of("USERNAME", "mfa@example.com",
                            "SOFTWARE_TOKEN_MFA_CODE", Authenticator.code(secret, second.clock().instant().plusSeconds(30)))))
                    .authenticationResult().accessToken()).isNotBlank();
        }
    }

    @Test
    void aRevocationSurvivesARestart() {
        AuthenticationResultType tokens;
        try (TestCognito first = start()) {
            TestPool pool = first.emailPool();
            pool.confirmedUser("carol@example.com");
            tokens = pool.signIn("carol@example.com");
            first.cognito().globalSignOut(request -> request.accessToken(tokens.accessToken()));
        }

        try (TestCognito second = start()) {
            assertThatThrownBy(() -> second.cognito().getUser(request -> request.accessToken(tokens.accessToken())))
                    .isInstanceOf(NotAuthorizedException.class);
        }
    }

    @Test
    void theDataFolderHoldsPasswordHashesButNeverAPasswordCodeOrToken() throws IOException {
        String code;
        AuthenticationResultType tokens;
        try (TestCognito test = start()) {
            TestPool pool = test.emailPool();
            pool.signUp("dave@example.com", TestPool.PASSWORD);
            code = pool.codeSentTo("dave@example.com");
            pool.confirm("dave@example.com");
            tokens = pool.signIn("dave@example.com");
        }

        String state = Files.readString(dataDir.resolve("state.json"));
        assertThat(state).contains("pbkdf2-sha256$").doesNotContain(TestPool.PASSWORD).doesNotContain(tokens.refreshToken());
        assertThat(state).doesNotContain("\"" + code + "\"");
    }

    @Test
    void theOutboxIsAppendedToAFileOneJsonLinePerMessageAndReloadedOnRestart() throws IOException {
        try (TestCognito first = start()) {
            TestPool pool = first.emailPool();
            pool.signUp("erin@example.com", TestPool.PASSWORD);
            pool.signUp("frank@example.com", TestPool.PASSWORD);
        }

        List<String> lines = Files.readAllLines(dataDir.resolve("outbox.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"to\":\"erin@example.com\"").contains("\"channel\":\"EMAIL\"")
                .contains("\"purpose\":\"SIGN_UP\"").contains("\"code\":").contains("\"at\":");
        try (TestCognito second = start()) {
            assertThat(second.emulator().outbox()).extracting(OutboxEntry::to).containsExactly("frank@example.com", "erin@example.com");
        }
    }

    private TestCognito start() {
        return TestCognito.start(EmulatorOptions.defaults().withDataDir(dataDir));
    }
}
