package dev.authgate.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Objects;

import dev.authgate.settings.CognitoSettings;

/**
 * Whether the user pool can be reached: its key set, which Cognito serves without credentials at the pool's own
 * address, answers 200 within {@code authgate.cognito.timeout-millis}. A pool that is gone answers 404 there.
 */
public final class PoolHealth {

    private final URI jwks;
    private final Duration timeout;
    private final HttpClient client;

    public PoolHealth(CognitoSettings cognito) {
        Objects.requireNonNull(cognito, "cognito");
        this.jwks = URI.create(cognito.jwksUri());
        this.timeout = Duration.ofMillis(cognito.timeoutMillis());
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public boolean up() {
        try {
            return client.send(HttpRequest.newBuilder(jwks).timeout(timeout).GET().build(), BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
