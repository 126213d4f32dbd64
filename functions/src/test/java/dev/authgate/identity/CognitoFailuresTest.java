package dev.authgate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.authgate.error.AuthException;
import dev.authgate.settings.CognitoSettings;
import dev.authgate.testsupport.FakeCognito;

/** How the adapter answers when Cognito throttles, fails or does not answer, and which calls it repeats. */
class CognitoFailuresTest {

    private static CognitoIdentityProvider adapter(FakeCognito cognito, int timeoutMillis) {
        return CognitoIdentityProvider.create(new CognitoSettings("us-east-1", cognito.endpoint(), "us-east-1_fake", "client", timeoutMillis));
    }

    @Test
    void throttlingAnswers429WithRetryAfter() {
        try (FakeCognito cognito = FakeCognito.failingWith(400, "TooManyRequestsException"); var identity = adapter(cognito, 2000)) {
            // A call that is not repeated, so that the SDK's back-off cannot outlast the timeout on a busy machine.
            assertThatThrownBy(() -> identity.confirmSignUp("ada@example.com", "123456"))
                    .isInstanceOfSatisfying(AuthException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.type()).isEqualTo("TooManyRequestsException");
                        assertThat(e.headers()).containsEntry("Retry-After", "1");
                    });
        }
    }

    @Test
    void aCognitoInternalErrorAnswers502WithoutCognitosMessage() {
        try (FakeCognito cognito = FakeCognito.failingWith(500, "InternalErrorException"); var identity = adapter(cognito, 2000)) {
            assertThatThrownBy(() -> identity.confirmSignUp("ada@example.com", "123456"))
                    .isInstanceOfSatisfying(AuthException.class, e -> {
                        assertThat(e.status()).isEqualTo(502);
                        assertThat(e.getMessage()).doesNotContain("fake");
                    });
        }
    }

    @Test
    void aCallThatChangesStateIsNeverRepeated() {
        try (FakeCognito cognito = FakeCognito.failingWith(500, "InternalErrorException"); var identity = adapter(cognito, 2000)) {
            assertThatThrownBy(() -> identity.signUp("ada@example.com", "Corr3ct-Horse!", Map.of(), Map.of())).isInstanceOf(AuthException.class);

            assertThat(cognito.actions()).containsExactly("SignUp");
        }
    }

    @Test
    void aCallThatIsSafeToRepeatIsRetried() {
        try (FakeCognito cognito = FakeCognito.failingWith(500, "InternalErrorException"); var identity = adapter(cognito, 5000)) {
            assertThatThrownBy(() -> identity.signInWithPassword("ada@example.com", "x")).isInstanceOf(AuthException.class);

            assertThat(cognito.actions()).hasSizeGreaterThan(1).containsOnly("InitiateAuth");
        }
    }

    @Test
    void aCognitoThatDoesNotAnswerGives503WithinTheTimeout() {
        try (FakeCognito cognito = FakeCognito.silentFor(10_000); var identity = adapter(cognito, 500)) {
            Instant start = Instant.now();

            assertThatThrownBy(() -> identity.signUp("ada@example.com", "Corr3ct-Horse!", Map.of(), Map.of()))
                    .isInstanceOfSatisfying(AuthException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.type()).isEqualTo("ServiceUnavailable");
                    });
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
        }
    }
}
