package dev.authgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.authgate.testsupport.TestStack;

/** A web page that rebinds its own name to 127.0.0.1 cannot use the local API: only loopback names are answered. */
class LocalWebLoopbackHostTest {

    private static final TestStack stack = TestStack.get();

    /** The raw answer to {@code GET /auth/user} with this Host header, which Java's HTTP client will not send. */
    private static String getUserWithHost(String host) throws IOException {
        return getWithHost("/auth/user", host);
    }

    private static String getWithHost(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", stack.webAddress().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example.com", "attacker.example.com:8080", "127.0.0.1.nip.io", "localhost.attacker.example"})
    void aRequestAddressedToAnotherNameIsRefusedWith421InTheEnvelope(String host) throws IOException {
        String answer = getUserWithHost(host);

        assertThat(answer).startsWith("HTTP/1.1 421")
                .contains("{\"error\":{\"type\":\"MisdirectedRequest\",\"message\":\"The local API answers only requests addressed to a loopback name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/docs", "/openapi.json", "/no-such-route"})
    void everyPathOfTheLocalAppRefusesAnotherNameWith421InTheEnvelope(String path) throws IOException {
        String answer = getWithHost(path, "attacker.example.com");

        assertThat(answer).startsWith("HTTP/1.1 421").contains("{\"error\":{\"type\":\"MisdirectedRequest\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:8080", "localhost:8080", "[::1]:8080"})
    void aRequestAddressedToALoopbackNameIsAnswered(String host) throws IOException {
        assertThat(getUserWithHost(host)).startsWith("HTTP/1.1 401");
    }
}
