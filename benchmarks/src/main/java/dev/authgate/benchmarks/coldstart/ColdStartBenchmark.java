package dev.authgate.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.authgate.benchmarks.Stats;

/**
 * Benchmark 1: from JVM launch to the API Gateway response to one {@code POST /auth/sign-in}, the way Lambda
 * runs a function, for several deployments side by side: a warm-up run of each (its page cache), then
 * rounds in which every deployment runs once, in an order that rotates from round to round.
 */
public final class ColdStartBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuntimeApi api;
    private final byte[] event;
    private final Path logs;

    public ColdStartBenchmark(RuntimeApi api, byte[] event, Path logs) {
        this.api = Objects.requireNonNull(api, "api");
        this.event = Objects.requireNonNull(event, "event");
        this.logs = Objects.requireNonNull(logs, "logs");
    }

    /** What one cold start measured. */
    public record Sample(double totalMillis, double initMillis, long peakRssKb) {
    }

    /** All runs of one deployment. */
    public record Result(Deployment deployment, List<Sample> samples) {

        public double medianMillis() {
            return Stats.median(samples.stream().map(Sample::totalMillis).toList());
        }

        public double medianInitMillis() {
            return Stats.median(samples.stream().map(Sample::initMillis).toList());
        }

        /** The first invocation alone: from the runtime's first request for an event to its answer. */
        public double medianInvokeMillis() {
            return Stats.median(samples.stream().map(sample -> sample.totalMillis() - sample.initMillis()).toList());
        }

        public double medianPeakRssMiB() {
            return Stats.median(samples.stream().map(sample -> sample.peakRssKb() / 1024.0).toList());
        }

        public long artifactBytes() {
            try {
                return Files.size(deployment.artifact());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<Result> measure(List<Deployment> deployments, int rounds) {
        Map<Deployment, List<Sample>> samples = new LinkedHashMap<>();
        for (Deployment deployment : deployments) {
            once(deployment, "warm-up");
            samples.put(deployment, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < deployments.size(); i++) {
                Deployment deployment = deployments.get((i + round) % deployments.size());
                samples.get(deployment).add(once(deployment, "run-" + (round + 1)));
            }
        }
        return samples.entrySet().stream().map(entry -> new Result(entry.getKey(), entry.getValue())).toList();
    }

    /** One fresh JVM, one event, the time to its answer. */
    public Sample once(Deployment deployment, String tag) {
        Path log = logs.resolve(deployment.name().replaceAll("[^A-Za-z0-9.-]+", "_") + "-" + tag + ".log");
        Sample sample;
        try (LambdaProcess process = LambdaProcess.launch(deployment, api, List.of(event), log)) {
            RuntimeApi.Arrival answer = process.answer(0);
            long peakRss = process.peakRssKb();
            expectTokens(deployment, answer, log);
            sample = new Sample((answer.nanoTime() - process.launched()) / 1e6,
                    (process.initDone(answer.nanoTime()) - process.launched()) / 1e6, peakRss);
        }
        expectArchiveUsed(deployment, log);
        return sample;
    }

    /** A start-up archive the JVM cannot use is ignored with a warning: that run would measure something else. */
    private static void expectArchiveUsed(Deployment deployment, Path log) {
        try {
            String output = Files.readString(log);
            if (output.contains("Unable to use shared archive") || output.contains("Unable to use AOT cache")
                    || output.contains("Unable to map shared spaces")) {
                throw new IllegalStateException(deployment.name() + " could not use its start-up archive; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expectTokens(Deployment deployment, RuntimeApi.Arrival answer, Path log) {
        JsonNode response = JSON.readTree(answer.body());
        if (response.path("statusCode").asInt() != 200 || !response.path("body").asString("").contains("\"accessToken\"")) {
            throw new IllegalStateException(deployment.name() + " did not sign in: " + answer.text() + "; see " + log);
        }
    }
}
