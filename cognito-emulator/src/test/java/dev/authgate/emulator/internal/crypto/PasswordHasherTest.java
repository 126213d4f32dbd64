package dev.authgate.emulator.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theHashMatchesTheSamePasswordOnly() {
        String hash = hasher.hash("Correct-Horse-9");

        assertThat(hasher.matches("Correct-Horse-9", hash)).isTrue();
        assertThat(hasher.matches("correct-horse-9", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertThat(hasher.hash("Correct-Horse-9")).isNotEqualTo(hasher.hash("Correct-Horse-9"));
    }

    @Test
    void theHashNamesItsAlgorithmAndIterationsAndHidesThePassword() {
        assertThat(hasher.hash("Correct-Horse-9"))
                .startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$")
                .doesNotContain("Correct-Horse-9");
    }

    @Test
    void aStoredValueOfAnotherFormatNeverMatches() {
        assertThat(hasher.matches("Correct-Horse-9", "Correct-Horse-9")).isFalse();
    }
}
