package dev.authgate.aws.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
            assertThatThrownBy(() -> identity.refresh("a-refresh-token")).isInstanceOf(AuthException.class);

            assertThat(cognito.actions()).hasSizeGreaterThan(1).containsOnly("InitiateAuth");
        }
    }

    /** Each of these makes Cognito (or its triggers) send an SMS or an email: a repeat would send a second one. */
    static Stream<Arguments> callsThatSendAMessage() {
        return Stream.of(
                call("SignUp", identity -> identity.signUp("ada@example.com", "Corr3ct-Horse!", Map.of(), Map.of())),
                call("ResendConfirmationCode", identity -> identity.resendConfirmationCode("ada@example.com")),
                call("ForgotPassword", identity -> identity.forgotPassword("ada@example.com")),
                call("InitiateAuth", identity -> identity.startCodeSignIn("+447700900123")),
                call("InitiateAuth", identity -> identity.signInWithPassword("ada@example.com", "x")),
                call("RespondToAuthChallenge", identity -> identity.answerChallenge("CUSTOM_CHALLENGE", "session",
                        Map.of("USERNAME", "+447700900123", "ANSWER", "123456"))));
    }

    private static Arguments call(String action, Consumer<CognitoIdentityProvider> call) {
        return Arguments.of(action, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsThatSendAMessage")
    void aCallThatSendsAMessageIsMadeOnceEvenWhenCognitoAnswersWithARetryableError(String action, Consumer<CognitoIdentityProvider> call) {
        try (FakeCognito cognito = FakeCognito.failingWith(500, "InternalErrorException"); var identity = adapter(cognito, 5000)) {
            assertThatThrownBy(() -> call.accept(identity)).isInstanceOf(AuthException.class);

            assertThat(cognito.actions()).containsExactly(action);
        }
    }

    @Test
    void aCallThatSendsAMessageIsMadeOnceWhenCognitoThrottles() {
        try (FakeCognito cognito = FakeCognito.failingWith(400, "TooManyRequestsException"); var identity = adapter(cognito, 5000)) {
            assertThatThrownBy(() -> identity.startCodeSignIn("+447700900123")).isInstanceOf(AuthException.class);

            assertThat(cognito.actions()).containsExactly("InitiateAuth");
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
