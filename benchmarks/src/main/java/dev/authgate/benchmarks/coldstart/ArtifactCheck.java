package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.authgate.benchmarks.ForgedToken;
import dev.authgate.benchmarks.HttpApiEvent;
import dev.authgate.benchmarks.LocalCognito;

/**
 * Before anything is timed: the Lambda artifact, run by the RIC exactly as the benchmark runs it, answers one
 * of each kind of request with the status the contract gives it. This is also what proves that a jar left out
 * of the zip is not needed: a missing class shows up here as an error instead of a status.
 */
public final class ArtifactCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArtifactCheck() {
    }

    /** Runs the events through one runtime process; answers what went wrong, or nothing. */
    public static List<String> problems(Deployment deployment, RuntimeApi api, LocalCognito cognito, Path log) {
        String token = cognito.accessToken();
        Map<String, Map.Entry<byte[], Integer>> cases = new LinkedHashMap<>();
        String credentials = JSON.writeValueAsString(Map.of("username", LocalCognito.USERNAME, "password", LocalCognito.PASSWORD));
        cases.put("HTTP API sign-in", Map.entry(HttpApiEvent.signIn(LocalCognito.USERNAME, LocalCognito.PASSWORD), 200));
        cases.put("HTTP API getUser", Map.entry(HttpApiEvent.getUser(token), 200));
        String forged = ForgedToken.like(token, cognito.jwksUri());
        cases.put("HTTP API getUser, forged token", Map.entry(HttpApiEvent.getUser(forged), 401));
        cases.put("HTTP API sign-in, malformed JSON",
                Map.entry(HttpApiEvent.request("POST", "/auth/sign-in", "{\"username\":", Map.of()), 400));
        cases.put("HTTP API wrong method", Map.entry(HttpApiEvent.request("DELETE", "/auth/sign-in", null, Map.of()), 405));
        cases.put("HTTP API unknown route", Map.entry(HttpApiEvent.request("GET", "/auth/nothing-here", null, Map.of()), 404));
        cases.put("REST API sign-in", Map.entry(HttpApiEvent.restApi("POST", "/auth/sign-in", credentials), 200));
        cases.put("cognito-gateway sign-in", Map.entry(HttpApiEvent.request("POST", "/signIn", credentials, Map.of()), 200));
        List<byte[]> events = cases.values().stream().map(Map.Entry::getKey).toList();
        List<String> names = new ArrayList<>(cases.keySet());
        List<String> problems = new ArrayList<>();
        try (LambdaProcess process = LambdaProcess.launch(deployment, api, events, log)) {
            for (int i = 0; i < events.size(); i++) {
                int expected = cases.get(names.get(i)).getValue();
                try {
                    int status = JSON.readTree(process.answer(i).body()).path("statusCode").asInt(-1);
                    if (status != expected) {
                        problems.add(names.get(i) + ": " + status + " instead of " + expected);
                    }
                } catch (IllegalStateException e) {
                    problems.add(names.get(i) + ": " + e.getMessage());
                    break;
                }
            }
        }
        problems.addAll(missingClasses(log));
        return problems;
    }

    private static List<String> missingClasses(Path log) {
        try {
            return Files.readAllLines(log).stream()
                    .filter(line -> line.contains("NoClassDefFoundError") || line.contains("ClassNotFoundException"))
                    .limit(5)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
