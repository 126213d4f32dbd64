package dev.authgate.provisioner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.authgate.provisioner.testsupport.CommandLineRun;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"synth", "deploy", "destroy", "local", "outputs"})
    void eachCommandDescribesItsOptionsWithHelp(String command) {
        CommandLineRun run = CommandLineRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: provisioner " + command);
    }

    @Test
    void theTopLevelHelpListsTheCommandsAndTheExitCodes() {
        CommandLineRun run = CommandLineRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("synth", "deploy", "destroy", "outputs", "local", "Exit codes:", "2   wrong usage");
    }

    @Test
    void noCommandIsAUsageErrorWithExitCode2() {
        CommandLineRun run = CommandLineRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required subcommand");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        assertThat(CommandLineRun.of("deploy", "--regoin", "eu-west-1").exitCode()).isEqualTo(2);
    }
}
