package dev.authgate.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;

class ProvisionerTest {

    @Test
    void localWritesTheOutputsAsJsonAndExitsZero(@TempDir Path dir) {
        try (CognitoEmulator emulator = CognitoEmulator.start(EmulatorOptions.defaults())) {
            Path out = dir.resolve("data/outputs.json");

            int exit = Provisioner.run("local", "--endpoint", emulator.endpoint().toString(),
                    "--api-url", "http://127.0.0.1:8080/auth", "--out", out.toString());

            assertThat(exit).isZero();
            var outputs = JsonMapper.builder().build().readTree(out.toFile());
            assertThat(outputs.propertyNames()).containsExactly("AuthApiURL", "AuthApiIssuer", "AuthApiJwksUri", "UserPoolId",
                    "UserPoolClientId");
            assertThat(Files.list(dir.resolve("data"))).hasSize(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownModeFailsWithOneLineAndExitCode1() {
        try (CognitoEmulator emulator = CognitoEmulator.start(EmulatorOptions.defaults())) {
            int exit = Provisioner.run("local", "--endpoint", emulator.endpoint().toString(),
                    "--api-url", "http://127.0.0.1:8080/auth", "--mode", "Magic");

            assertThat(exit).isEqualTo(1);
        }
    }

    @Test
    void aMissingRequiredOptionIsAUsageErrorWithExitCode2() {
        assertThat(Provisioner.run("local")).isEqualTo(2);
    }
}
