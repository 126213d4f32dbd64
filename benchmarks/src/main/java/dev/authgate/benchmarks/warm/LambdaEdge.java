package dev.authgate.benchmarks.warm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import dev.authgate.benchmarks.HttpApiEvent;
import dev.authgate.testsupport.TestLambdaContext;

/** Authgate's Lambda handler, driven as the RIC drives it: HTTP API event bytes in, proxy response bytes out. */
final class LambdaEdge implements Edge {

    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private final RequestStreamHandler handler;
    private final Context context = new TestLambdaContext();
    /** Events are built once: the runtime hands the handler bytes it read, which is not Authgate's work. */
    private final Map<String, byte[]> events = new ConcurrentHashMap<>();

    LambdaEdge(RequestStreamHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public String name() {
        return "Lambda edge";
    }

    @Override
    public int signIn(String username, String password) {
        return invoke(events.computeIfAbsent("signIn " + username + " " + password,
                key -> HttpApiEvent.signIn(username, password)));
    }

    @Override
    public int getUser(String accessToken) {
        return invoke(events.computeIfAbsent("getUser " + accessToken, key -> HttpApiEvent.getUser(accessToken)));
    }

    private int invoke(byte[] event) {
        ByteArrayOutputStream output = new ByteArrayOutputStream(1024);
        try {
            handler.handleRequest(new ByteArrayInputStream(event), output, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String response = output.toString(StandardCharsets.UTF_8);
        Matcher status = STATUS.matcher(response);
        if (!status.find()) {
            throw new IllegalStateException("Not a proxy response: " + response);
        }
        int code = Integer.parseInt(status.group(1));
        if (code >= 500) {
            throw new IllegalStateException("The Lambda edge failed: " + response);
        }
        return code;
    }
}
