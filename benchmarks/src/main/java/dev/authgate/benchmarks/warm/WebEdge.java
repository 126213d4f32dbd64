package dev.authgate.benchmarks.warm;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

/** The local web app over loopback HTTP, from a client that adds as little as a client can. */
final class WebEdge implements Edge {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

    /** Bodies are serialised once: that is the client's work, not the API's. */
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final LoopbackHttpClient client;

    WebEdge(int port) {
        this.client = new LoopbackHttpClient(port);
    }

    @Override
    public String name() {
        return "local web app";
    }

    @Override
    public int signIn(String username, String password) {
        byte[] body = bodies.computeIfAbsent(username + " " + password,
                key -> JSON.writeValueAsBytes(Map.of("username", username, "password", password)));
        return client.send("POST", "/auth/sign-in", JSON_BODY, body);
    }

    @Override
    public int getUser(String accessToken) {
        return client.send("GET", "/auth/user", Map.of("Authorization", "Bearer " + Objects.requireNonNull(accessToken, "accessToken")),
                null);
    }
}
