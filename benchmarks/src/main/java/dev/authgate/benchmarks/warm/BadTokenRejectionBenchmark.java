package dev.authgate.benchmarks.warm;

import java.util.List;
import java.util.Objects;

import dev.authgate.benchmarks.ForgedToken;

/**
 * Benchmark 3: getUser throughput with a forged token, which Authgate rejects locally, against getUser with a
 * valid token, which goes on to Cognito. One client thread per edge; after a warm-up of both, blocks of forged
 * and valid requests alternate so that both see the same machine.
 */
public final class BadTokenRejectionBenchmark {

    private static final int BLOCKS = 5;

    /** Requests per second through one edge, from so many forged and valid requests. */
    public record Row(String edge, int forgedRequests, int validRequests, double forgedPerSecond, double validPerSecond) {

        public double ratio() {
            return forgedPerSecond / validPerSecond;
        }
    }

    private final InProcessAuthgate stack;

    public BadTokenRejectionBenchmark(InProcessAuthgate stack) {
        this.stack = Objects.requireNonNull(stack, "stack");
    }

    /** Valid requests go to the emulator and take milliseconds: half as many give as steady a rate. */
    public List<Row> measure(int warmup, int requests) {
        String valid = stack.cognito().accessToken();
        String forged = ForgedToken.like(valid, stack.cognito().jwksUri());
        return List.of(measure(stack.lambda(), valid, forged, warmup, requests),
                measure(stack.web(), valid, forged, warmup, requests));
    }

    private static Row measure(Edge edge, String valid, String forged, int warmup, int requests) {
        run(edge, forged, 401, warmup);
        run(edge, valid, 200, warmup / 4);
        int forgedPerBlock = Math.max(1, requests / BLOCKS);
        int validPerBlock = Math.max(1, requests / 2 / BLOCKS);
        long forgedNanos = 0;
        long validNanos = 0;
        for (int block = 0; block < BLOCKS; block++) {
            forgedNanos += run(edge, forged, 401, forgedPerBlock);
            validNanos += run(edge, valid, 200, validPerBlock);
        }
        int forgedTotal = forgedPerBlock * BLOCKS;
        int validTotal = validPerBlock * BLOCKS;
        return new Row(edge.name(), forgedTotal, validTotal, forgedTotal / (forgedNanos / 1e9), validTotal / (validNanos / 1e9));
    }

    private static long run(Edge edge, String token, int expected, int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int status = edge.getUser(token);
            if (status != expected) {
                throw new IllegalStateException(edge.name() + " answered " + status + " instead of " + expected);
            }
        }
        return System.nanoTime() - started;
    }
}
