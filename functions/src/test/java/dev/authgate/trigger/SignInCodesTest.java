package dev.authgate.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SignInCodesTest {

    private final SignInCodes codes = new SignInCodes("the-stacks-generated-key-0123456789".getBytes(StandardCharsets.UTF_8));

    @Test
    void theCodeMatchesItsHashAndAnotherCodeDoesNot() {
        String hash = codes.hash("493817");

        assertThat(codes.matches("493817", hash)).isTrue();
        assertThat(codes.matches("493818", hash)).isFalse();
    }

    @Test
    void aHashCheckedUnderAnotherKeyMatchesNoCodeSoItCannotBeGuessedWithoutTheKey() {
        String hash = codes.hash("493817");
        SignInCodes withoutTheKey = new SignInCodes("another-key-an-attacker-might-use".getBytes(StandardCharsets.UTF_8));

        assertThat(withoutTheKey.matches("493817", hash)).isFalse();
    }

    @Test
    void theSameCodeHashesDifferentlyEachTime() {
        assertThat(codes.hash("493817")).isNotEqualTo(codes.hash("493817"));
    }
}
