package dev.authgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.AuthgateApplication;
import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.local.LocalUserPool;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.testsupport.Json;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/** Cognito goes away in the middle of the test and comes back: the API answers 503 meanwhile, then recovers by itself. */
class CognitoOutageTest {

    private static final int TIMEOUT_MILLIS = 1500;

    @Test
    void whileCognitoIsDownRequestsAnswer503AndAfterwardsTheyWorkAgain(@TempDir Path data) {
        CognitoEmulator emulator = CognitoEmulator.start(EmulatorOptions.defaults().withDataDir(data));
        int port = emulator.port();
        StackOutputs pool = new LocalUserPool(emulator.endpoint()).provision(AuthgateSettings.defaults(), java.net.URI.create("http://127.0.0.1/auth"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AuthgateApplication.class)
                .web(WebApplicationType.NONE)
                .run("--authgate.cognito.endpoint=" + emulator.endpoint(),
                        "--authgate.cognito.user-pool-id=" + pool.userPoolId(),
                        "--authgate.cognito.client-id=" + pool.userPoolClientId(),
                        "--authgate.cognito.timeout-millis=" + TIMEOUT_MILLIS)) {
            OperationDispatcher api = app.getBean(OperationDispatcher.class);
            TestUser user = new TestUser(TestStack.newEmail(), TestUser.PASSWORD);
            assertThat(post(api, "/auth/sign-up", user.credentials()).status()).isEqualTo(200);
            String code = emulator.outbox().get(0).code();
            assertThat(post(api, "/auth/sign-up/confirm", Json.json("username", user.username(), "confirmationCode", code)).status())
                    .isEqualTo(200);

            emulator.close();
            Instant start = Instant.now();
            HttpResponse down = post(api, "/auth/sign-in", user.credentials());

            assertThat(down.status()).isEqualTo(503);
            assertThat(down.bodyText()).contains("\"type\":\"ServiceUnavailable\"");
            assertThat(down.headers()).containsKey("Retry-After");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(TIMEOUT_MILLIS * 3L));

            emulator = CognitoEmulator.start(EmulatorOptions.defaults().withDataDir(data).withPort(port));
            assertThat(post(api, "/auth/sign-in", user.credentials()).status()).isEqualTo(200);
        } finally {
            emulator.close();
        }
    }

    private static HttpResponse post(OperationDispatcher api, String path, String body) {
        return api.dispatch(HttpRequest.of("POST", path, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8)));
    }
}
