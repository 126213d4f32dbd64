package dev.authgate.trigger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/** The local SMS sender: the code goes into the Cognito emulator's outbox ({@code POST /outbox}), not to a phone. */
public final class OutboxSmsSender implements SmsSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI outbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OutboxSmsSender(URI emulator) {
        this.outbox = Objects.requireNonNull(emulator, "emulator").resolve("/outbox");
    }

    @Override
    public void send(String phoneNumber, String code) {
        String entry = JSON.createObjectNode().put("to", phoneNumber).put("channel", "SMS").put("purpose", "SIGN_IN")
                .put("code", code).toString();
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(outbox).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(entry)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The emulator's outbox refused the SMS with status " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("The emulator's outbox at " + outbox + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending an SMS to the outbox", e);
        }
    }
}
