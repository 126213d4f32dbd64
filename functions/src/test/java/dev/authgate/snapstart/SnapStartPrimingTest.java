package dev.authgate.snapstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.config.FunctionalApplication;
import dev.authgate.testsupport.ContractRecords;
import dev.authgate.testsupport.TestStack;

/**
 * SnapStart priming in the Lambda app's context against the emulator: what {@code beforeCheckpoint} primes,
 * and that it leaves no connection and no thread open, since a snapshot would carry them into every restore.
 */
class SnapStartPrimingTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    private static ConfigurableApplicationContext lambdaApp;

    @BeforeAll
    static void startTheLambdaApp() {
        lambdaApp = start();
    }

    /** The app as the Lambda handler starts it (no web server), against the test stack's emulator. */
    private static ConfigurableApplicationContext start(String... args) {
        TestStack.get();
        return FunctionalSpringApplication.run(new Class<?>[] {FunctionalApplication.class}, args);
    }

    @AfterAll
    static void stopTheLambdaApp() {
        lambdaApp.close();
    }

    @Test
    void theResourceIsMadeAtStartButWhatItPrimesIsNot() {
        try (ConfigurableApplicationContext freshApp = start()) {
            assertThat(freshApp.getBeanFactory().containsSingleton("snapStartPriming")).isTrue();
            assertThat(freshApp.getBeanFactory().containsSingleton("identityProvider")).isFalse();
        }
    }

    @Test
    void aFunctionWithoutAnAppClientPrimesNothingOfTheApi() {
        try (ConfigurableApplicationContext triggerApp = start("--authgate.cognito.client-id=")) {
            SnapStartPriming priming = triggerApp.getBean(SnapStartPriming.class);

            priming.beforeCheckpoint(null);

            assertThat(priming.primed()).isEmpty();
            assertThat(triggerApp.getBeanFactory().containsSingleton("identityProvider")).isFalse();
        }
    }

    /** The count covers every record of the contract's packages, nested ones included, and nothing else. */
    @Test
    void theCheckpointPrimesJsonTheSdkTheKeysAndTheEdgeInThatOrder() {
        SnapStartPriming priming = lambdaApp.getBean(SnapStartPriming.class);

        priming.beforeCheckpoint(null);

        assertThat(priming.primed()).containsExactly(
                "JSON mapping of " + ContractRecords.compiled().size() + " contract records",
                "Cognito SDK client and request pipeline",
                "JWKS fetch and RS256 token check",
                "API Gateway edge up to the operation");
    }

    @Test
    void primingLeavesNoConnectionOpen() {
        assumeTrue(OpenSockets.supported(), "needs Linux /proc to list the process's sockets");
        SnapStartPriming priming = lambdaApp.getBean(SnapStartPriming.class);
        Set<String> before = OpenSockets.now();

        priming.beforeCheckpoint(null);

        assertThat(settled(() -> difference(OpenSockets.now(), before))).isEmpty();
    }

    @Test
    void primingLeavesNoThreadRunning() {
        SnapStartPriming priming = lambdaApp.getBean(SnapStartPriming.class);
        Set<String> before = threads();

        priming.beforeCheckpoint(null);

        assertThat(settled(() -> difference(threads(), before))).isEmpty();
    }

    /** What remains of a difference once closing sockets and ending threads have had a moment. */
    private static Set<String> settled(Supplier<Set<String>> remaining) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Set<String> left = remaining.get();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            left = remaining.get();
        }
        return left;
    }

    private static Set<String> difference(Set<String> now, Set<String> before) {
        return now.stream().filter(item -> !before.contains(item)).collect(Collectors.toSet());
    }

    /** Live threads by name, except the emulator's pool, which serves the JWKS fetch from this same process. */
    private static Set<String> threads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> !name.startsWith("cognito-emulator-"))
                .collect(Collectors.toSet());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
