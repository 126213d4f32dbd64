package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.Http;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void withoutOptionsItListensOnPort9229InMemory() {
        EmulatorOptions options = Main.parse(new String[0]);

        assertThat(options.port()).isEqualTo(9229);
        assertThat(options.dataDir()).isEmpty();
    }

    @Test
    void portAndDataFolderComeFromTheCommandLine() {
        EmulatorOptions options = Main.parse(new String[] {"--port", "9400", "--data-dir", ".local/emulator"});

        assertThat(options.port()).isEqualTo(9400);
        assertThat(options.dataDir()).contains(Path.of(".local/emulator"));
    }

    @Test
    void aLambdaEndpointRunsTheTriggersThroughTheLambdaInvokeApi() {
        EmulatorOptions options = Main.parse(new String[] {"--lambda-endpoint", "http://127.0.0.1:8080"});

        assertThat(options.triggerInvoker()).get().isInstanceOfSatisfying(LambdaInvokeApi.class,
                invoker -> assertThat(invoker.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080")));
    }

    @Test
    void withoutALambdaEndpointNoTriggerCanRun() {
        assertThat(Main.parse(new String[0]).triggerInvoker()).isEmpty();
    }

    @Test
    void aLambdaEndpointThatIsNotAnHttpUrlIsRejected() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--lambda-endpoint", "localhost:8080"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--lambda-endpoint");
    }

    @Test
    void anUnknownOptionIsRejected() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--verbose"})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStartedProcessAnnouncesItsAddressAnswersAndStopsOnSigterm(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", Integer.toString(port), "--data-dir", dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));

            assertThat(output.readLine()).isEqualTo("cognito-emulator listening on http://127.0.0.1:" + port);
            assertThat(Http.get(URI.create("http://127.0.0.1:" + port + "/health")).statusCode()).isEqualTo(200);
            assertThat(Files.exists(dataDir.resolve("signing-key.json"))).isTrue();

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
