package dev.authgate.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.AuthgateApplication;
import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.local.LocalUserPool;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.HttpCall;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.WebEdge;

/**
 * {@code GET /health} on the local app tells whether the user pool can be reached, against an emulator of its own
 * that the test stops and starts again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthTest {

    /** Static, so that every test sees the one folder the emulator keeps its pool in across a restart. */
    @TempDir
    static Path data;

    private CognitoEmulator emulator;
    private ConfigurableApplicationContext app;
    private WebEdge web;

    @BeforeAll
    void start() {
        TestStack.get();
        emulator = CognitoEmulator.start(EmulatorOptions.defaults().withDataDir(data));
        StackOutputs pool = new LocalUserPool(emulator.endpoint()).provision(AuthgateSettings.defaults(), URI.create("http://127.0.0.1/auth"));
        app = new SpringApplicationBuilder(AuthgateApplication.class).run("--server.port=0",
                "--authgate.cognito.endpoint=" + emulator.endpoint(),
                "--authgate.cognito.user-pool-id=" + pool.userPoolId(),
                "--authgate.cognito.client-id=" + pool.userPoolClientId(),
                "--authgate.cognito.timeout-millis=2000",
                "--authgate.http.headers.X-Frame-Options=DENY");
        web = WebEdge.at(URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()));
    }

    @AfterAll
    void stop() {
        app.close();
        emulator.close();
    }

    @Test
    void healthAnswers200UpWhileThePoolCanBeReached() {
        ApiResponse response = web.send(HttpCall.get("/health"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void healthAnswers503DownWhileTheEmulatorIsStoppedAnd200UpOnceItIsBack() {
        int port = emulator.port();
        emulator.close();
        try {
            ApiResponse down = web.send(HttpCall.get("/health"));

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.json().toString()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(down.header("Cache-Control")).isEqualTo("no-store");
        } finally {
            emulator = CognitoEmulator.start(EmulatorOptions.defaults().withDataDir(data).withPort(port));
        }

        assertThat(web.send(HttpCall.get("/health")).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherMethodOnHealthAnswers405InTheEnvelope() {
        ApiResponse response = web.send(HttpCall.post("/health", "{}"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.errorType()).isEqualTo("MethodNotAllowed");
        assertThat(response.header("Allow")).isEqualTo("GET");
    }
}
