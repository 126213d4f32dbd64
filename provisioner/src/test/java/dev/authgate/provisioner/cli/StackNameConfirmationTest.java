package dev.authgate.provisioner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class StackNameConfirmationTest {

    private final StringWriter prompt = new StringWriter();

    private boolean typed(String input) {
        return StackNameConfirmation.confirmed("authgate", new BufferedReader(new StringReader(input)), new PrintWriter(prompt));
    }

    @Test
    void typingTheStackNameBackConfirms() {
        assertThat(typed("authgate\n")).isTrue();
        assertThat(prompt.toString()).contains("stack authgate", "every user", "Type the stack name");
    }

    @Test
    void anyOtherNameDoesNotConfirm() {
        assertThat(typed("yes\n")).isFalse();
    }

    @Test
    void endOfInputDoesNotConfirm() {
        assertThat(typed("")).isFalse();
    }
}
