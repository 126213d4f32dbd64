package dev.authgate.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invokes trigger functions through the AWS Lambda Invoke REST API shape:
 * {@code POST <baseUrl>/2015-03-31/functions/<function name or ARN, URL-encoded>/invocations}
 * with the event as the body, synchronously ({@code X-Amz-Invocation-Type: RequestResponse}).
 *
 * <p>A response carrying {@code X-Amz-Function-Error} is the function's error, with a
 * {@code {"errorMessage","errorType"}} body: it becomes a {@link TriggerFailure}. A connection that
 * fails or takes longer than the timeout (5 seconds, as Cognito allows a trigger), or any status other
 * than 2xx, means the function could not be invoked: an {@link UncheckedIOException} or
 * {@link IllegalStateException}. Requests are not signed and not retried.
 *
 * <p>This is how the local run reaches the trigger functions that run inside the local web app, and it
 * works as well against any endpoint that emulates the Lambda API.
 */
public final class LambdaInvokeApi implements TriggerInvoker {
    /** Cognito waits 5 seconds for a trigger. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI baseUrl;
    private final Duration timeout;
    private final HttpClient http;

    /** @param baseUrl where the Lambda API is served, such as {@code http://127.0.0.1:8080} */
    public LambdaInvokeApi(URI baseUrl) {
        this(baseUrl, TIMEOUT);
    }

    LambdaInvokeApi(URI baseUrl, Duration timeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme)) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("The Lambda endpoint must be an http or https URL, was " + baseUrl);
        }
        this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** The endpoint this invoker calls. */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public String invoke(String functionArn, String eventJson) {
        Objects.requireNonNull(functionArn, "functionArn");
        Objects.requireNonNull(eventJson, "eventJson");
        HttpRequest request = HttpRequest.newBuilder(invocationUri(functionArn))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Amz-Invocation-Type", "RequestResponse")
                .POST(HttpRequest.BodyPublishers.ofString(eventJson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request, functionArn);
        Optional<String> functionError = response.headers().firstValue("X-Amz-Function-Error");
        if (functionError.isPresent()) {
            throw failure(response.body(), functionError.get());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The Lambda endpoint answered HTTP " + response.statusCode()
                    + response.headers().firstValue("x-amzn-ErrorType").map(type -> " " + type).orElse("")
                    + " for " + functionArn);
        }
        return response.body();
    }

    URI invocationUri(String functionArn) {
        String name = URLEncoder.encode(functionArn, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(baseUrl + "/2015-03-31/functions/" + name + "/invocations");
    }

    private HttpResponse<String> send(HttpRequest request, String functionArn) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not invoke " + functionArn + " at " + baseUrl + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while invoking " + functionArn, e);
        }
    }

    // Lambda's error body: {"errorMessage": "...", "errorType": "..."}; anything else still is the function's error.
    private static TriggerFailure failure(String body, String functionErrorHeader) {
        try {
            JsonNode error = JSON.readTree(body);
            JsonNode message = error == null ? null : error.get("errorMessage");
            JsonNode type = error == null ? null : error.get("errorType");
            if (message != null && message.isString()) {
                return new TriggerFailure(message.stringValue(), type != null && type.isString() ? type.stringValue() : null);
            }
        } catch (JacksonException notJson) {
            // fall through: the function failed without a readable error
        }
        return new TriggerFailure(functionErrorHeader, functionErrorHeader);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
