package dev.authgate.provisioner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.authgate.provisioner.testsupport.CommandLineRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SynthCommandTest {

    @TempDir
    Path dir;

    @Test
    void synthWritesTheTemplateForTheModeAndSurfacesGiven() throws IOException {
        Path out = dir.resolve("templates/passwordless-gateway.json");

        CommandLineRun run = CommandLineRun.of("synth", "--mode", "Passwordless", "--surfaces", "cognito-gateway", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode template = JsonMapper.builder().build().readTree(Files.readString(out));
        assertThat(template.path("Resources").path("UserPool").path("Properties").path("UsernameAttributes").toString())
                .isEqualTo("[\"phone_number\"]");
        assertThat(template.path("Resources").has("RouteGatewaySignIn")).isTrue();
        assertThat(template.path("Resources").has("RouteSignIn")).isFalse();
    }

    @Test
    void withoutOutSynthPrintsTheTemplate() {
        CommandLineRun run = CommandLineRun.of("synth");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"AWSTemplateFormatVersion\" : \"2010-09-09\"");
    }

    @Test
    void theSettingsFileIsReadAndTheOptionsOverrideIt() throws IOException {
        Path config = Files.writeString(dir.resolve("authgate.yaml"), """
                authgate:
                  mode: Passwordless
                  roles:
                    customer:
                      allow-self-sign-up: true
                  deployment:
                    stage: v2
                """);
        Path out = dir.resolve("template.json");

        CommandLineRun run = CommandLineRun.of("synth", "--config", config.toString(), "--mode", "UserPassword", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode resources = JsonMapper.builder().build().readTree(Files.readString(out)).path("Resources");
        assertThat(resources.path("UserPool").path("Properties").path("UsernameAttributes").toString()).isEqualTo("[\"email\"]");
        assertThat(resources.path("GroupCustomer").path("Properties").path("GroupName").asString()).isEqualTo("customer");
        assertThat(resources.path("ApiStage").path("Properties").path("StageName").asString()).isEqualTo("v2");
    }

    @Test
    void anUnknownSurfaceFailsWithOneLineAndExitCode1() {
        CommandLineRun run = CommandLineRun.of("synth", "--surfaces", "auth,soap");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "provisioner: authgate.surfaces: unknown surface 'soap'; the surfaces are auth and cognito-gateway");
    }
}
