package dev.authgate.emulator.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordMeetingEveryRuleHasNoViolations() {
        assertThat(PasswordPolicy.DEFAULT.violations("Correct-Horse-9")).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedInCognitosWords() {
        assertThat(PasswordPolicy.DEFAULT.violations("abc")).containsExactly(
                "Password not long enough",
                "Password must have uppercase characters",
                "Password must have numeric characters",
                "Password must have symbol characters");
    }

    @Test
    void rulesThePolicyDoesNotRequireAreNotChecked() {
        PasswordPolicy lenient = new PasswordPolicy(6, false, false, false, false, 7);

        assertThat(lenient.violations("aaaaaa")).isEmpty();
    }

    @Test
    void aSpaceCountsAsASymbol() {
        assertThat(PasswordPolicy.DEFAULT.violations("Correct Horse 9")).isEmpty();
    }
}
