package dev.authgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.authgate.testsupport.SecretLedger;

/**
 * Runs after the whole unit and integration suite (failsafe, in {@code verify}): no password, code, token or
 * session that any test sent or received appears in the log output of any test class, which surefire keeps
 * in {@code target/surefire-reports/*-output.txt}.
 */
class SecretsStayOutOfLogsIT {

    private static final Path REPORTS = Path.of(System.getProperty("basedir", "."), "target", "surefire-reports");

    @Test
    void noSecretTheSuiteHandledAppearsInItsLogs() throws IOException {
        List<String> secrets = SecretLedger.secrets();
        List<Path> logs;
        try (Stream<Path> files = Files.list(REPORTS)) {
            logs = files.filter(file -> file.getFileName().toString().endsWith("-output.txt")).toList();
        }

        List<String> leaks = new ArrayList<>();
        for (Path log : logs) {
            String text = Files.readString(log);
            for (String secret : secrets) {
                if (Pattern.compile("(?<![\\w-])" + Pattern.quote(secret) + "(?![\\w-])").matcher(text).find()) {
                    leaks.add(log.getFileName() + " contains a secret starting " + secret.substring(0, 3) + "...");
                }
            }
        }

        assertThat(secrets).as("the ledger of secrets the suite handled").hasSizeGreaterThan(100);
        assertThat(logs).as("the suite's log files").isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    @Test
    void theRequestLogLinesOfBothEdgesAreAmongTheLogsCheckedAndNameNoPhoneNumber() throws IOException {
        List<String> requestLines = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPORTS)) {
            for (Path log : files.filter(file -> file.getFileName().toString().endsWith("-output.txt")).toList()) {
                Files.readAllLines(log).stream().filter(line -> line.startsWith("{") && line.contains("\"correlation_id\""))
                        .forEach(requestLines::add);
            }
        }

        assertThat(requestLines).as("request log lines from Lambda").anyMatch(line -> line.contains("\"function_request_id\""));
        assertThat(requestLines).as("request log lines from the local web app").anyMatch(line -> !line.contains("\"function_request_id\""));
        assertThat(requestLines).noneMatch(line -> Pattern.compile("\\+\\d{6,}").matcher(line).find());
    }
}
