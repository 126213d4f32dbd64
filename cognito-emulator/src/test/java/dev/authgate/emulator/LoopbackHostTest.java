package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authgate.emulator.support.TestCognito;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A web page that rebinds its own name to 127.0.0.1 cannot read the emulator: only loopback names are answered. */
class LoopbackHostTest {
    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    /** The raw answer to {@code GET /outbox} with this Host header, which Java's HTTP client will not send. */
    private static String outboxWithHost(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", test.emulator().endpoint().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /outbox HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example.com", "attacker.example.com:9229", "127.0.0.1.nip.io", "localhost.attacker.example"})
    void aRequestAddressedToAnotherNameIsRefusedWith421(String host) throws IOException {
        String answer = outboxWithHost(host);

        assertThat(answer).startsWith("HTTP/1.1 421").contains("\"message\":\"The emulator answers only requests addressed to a loopback name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:9229", "localhost:9229", "LOCALHOST", "[::1]:9229"})
    void aRequestAddressedToALoopbackNameIsAnswered(String host) throws IOException {
        assertThat(outboxWithHost(host)).startsWith("HTTP/1.1 200");
    }
}
