package dev.authgate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.AuthgateApplication;
import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.settings.AuthMode;
import dev.authgate.testsupport.Json;
import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/**
 * The docs page in a real browser: Debian's Chromium (installed by {@code scripts/lib/chromium.sh} when missing)
 * driven by the pinned puppeteer-core. Without a browser this fails, saying why: it never skips.
 */
class DocsPageIT {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path BROWSER_TEST = BASEDIR.resolve("src/test/browser");

    @Test
    void theDocsPageListsEveryServedOperationAndSignsUpThroughTryItOut() throws Exception {
        String chromium = run(List.of(BASEDIR.resolve("../scripts/lib/chromium.sh").toString()), BASEDIR, 600).trim();
        if (!Files.isDirectory(BROWSER_TEST.resolve("node_modules/puppeteer-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), BROWSER_TEST, 300);
        }
        TestStack.get();
        Path screenshot = BASEDIR.resolve("target/docs-page.png");
        Files.deleteIfExists(screenshot);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AuthgateApplication.class)
                .run("--server.port=0", "--authgate.http.docs=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<String> command = new ArrayList<>(List.of("node", "docs-page.mjs", chromium,
                    "http://127.0.0.1:" + port + "/docs", screenshot.toString(),
                    Json.json("username", TestStack.newEmail(), "password", TestUser.PASSWORD)));
            OperationCatalogue.load().operations(operation -> operation.existsIn(AuthMode.USER_PASSWORD.contractName()))
                    .stream().map(ContractOperation::id).forEach(command::add);

            String output = run(command, BROWSER_TEST, 180);

            assertThat(output).contains("sign-up through \"Try it out\" answered 200");
        }
        assertThat(screenshot).isNotEmptyFile();
    }

    /** Runs a command to its end and answers its standard output; fails with everything it printed otherwise. */
    private static String run(List<String> command, Path directory, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("docs-page", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(log.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String errors = Files.readString(log);
        Files.delete(log);
        assertThat(ended && process.exitValue() == 0)
                .as("%s answered %s%n%s%s", command.get(0), ended ? process.exitValue() : "nothing in time", output, errors)
                .isTrue();
        return output;
    }
}
