package dev.authgate.hook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The error type a hook's status gives when the hook names none. */
class HookExceptionTest {

    @Test
    void aStatusWithAReasonPhraseIsTypedByThatPhraseInOneWord() {
        assertThat(new HookException(422, "No.").type()).isEqualTo("UnprocessableContent");
        assertThat(new HookException(429, "Later.").type()).isEqualTo("TooManyRequests");
        assertThat(new HookException(403, "No.").type()).isEqualTo("Forbidden");
    }

    @Test
    void aStatusWithoutAReasonPhraseIsTypedByItsNumber() {
        assertThat(new HookException(499, "Gone away.").type()).isEqualTo("Error499");
    }

    @Test
    void aTypeTheHookNamesIsKept() {
        assertThat(new HookException(403, "Blocked", "No.").type()).isEqualTo("Blocked");
    }

    @Test
    void theStatusIsTheOneTheHookGave() {
        assertThat(new HookException(418, "Teapot.").status()).isEqualTo(418);
    }
}
