package dev.authgate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes down every secret the test suite sends or receives (passwords, codes, tokens, sessions), so that
 * {@code SecretsStayOutOfLogsIT} can check afterwards that none of them reached the log of any test.
 */
public final class SecretLedger {

    /** The ledger, one secret a line, in the module's build folder. */
    public static final Path FILE = Path.of(System.getProperty("basedir", "."), "target", "test-secrets.txt");

    private static final Set<String> SECRET_FIELDS = Set.of("password", "newPassword", "oldPassword", "confirmationCode",
            "verificationCode", "accessToken", "idToken", "refreshToken", "session", "secret", "code");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecretLedger() {
    }

    /** Records the secret fields of a JSON body, at any depth; a body that is not JSON has none. */
    static void recordFields(String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        try {
            recordFields(JSON.readTree(body));
        } catch (JacksonException notJson) {
            // a malformed body a test sent on purpose carries no secret worth tracking
        }
    }

    private static void recordFields(JsonNode node) {
        node.properties().forEach(field -> {
            if (SECRET_FIELDS.contains(field.getKey()) && field.getValue().isString()) {
                record(field.getValue().asString());
            } else if (field.getValue().isObject()) {
                recordFields(field.getValue());
            }
        });
    }

    /** Starts a new ledger for this run of the suite. */
    static synchronized void reset() {
        try {
            Files.deleteIfExists(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void record(String secret) {
        if (secret == null || secret.length() < 6) {
            return;
        }
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every secret recorded so far. */
    public static List<String> secrets() throws IOException {
        return Files.exists(FILE) ? Files.readAllLines(FILE).stream().distinct().toList() : List.of();
    }
}
