package dev.authgate.benchmarks.warm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.authgate.benchmarks.LocalCognito;

/**
 * Benchmark 2: what Authgate adds to a request over the Cognito call it makes. Each iteration makes the bare SDK
 * call, the same request through the Lambda edge and through the local web app, in an order that rotates, so
 * that the three share whatever the machine and the emulator are doing at that moment; after a warm-up, the
 * difference of each edge to the SDK call in the same iteration is one sample.
 */
public final class WarmOverheadBenchmark {

    /** getUser first: it warms the edges' shared code cheaply, so that sign-in (PBKDF2 in the emulator) needs less. */
    public enum Operation {
        GET_USER("getUser (GET /auth/user)"),
        SIGN_IN("signIn (POST /auth/sign-in)");

        private final String label;

        Operation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One edge for one operation, in microseconds: the SDK call's and the edge's own percentiles, the difference
     * of those percentiles, and the percentiles of the per-iteration differences.
     */
    public record Row(Operation operation, String edge, int requests, double sdkP50, double sdkP99, double edgeP50,
            double edgeP99, double pairedP50, double pairedP99) {

        public double overheadP50() {
            return edgeP50 - sdkP50;
        }

        public double overheadP99() {
            return edgeP99 - sdkP99;
        }
    }

    private final InProcessAuthgate stack;
    private final boolean levers;

    /** @param levers also measure the lever prototype: the Lambda edge without Spring Cloud Function's handler */
    public WarmOverheadBenchmark(InProcessAuthgate stack, boolean levers) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.levers = levers;
    }

    public List<Row> measure(int warmup, int requests) {
        List<Row> rows = new ArrayList<>();
        String token = stack.cognito().accessToken();
        List<Edge> getUser = new ArrayList<>(List.of(stack.sdk(), stack.lambda(), stack.web(), stack.sdkAgain()));
        List<Edge> signIn = new ArrayList<>(List.of(stack.sdk(), stack.lambda(), stack.web(), stack.sdkAgain()));
        if (levers) {
            getUser.add(stack.direct());
            signIn.add(stack.direct());
        }
        rows.addAll(measure(Operation.GET_USER, token, warmup, requests, getUser));
        rows.addAll(measure(Operation.SIGN_IN, token, Math.max(200, warmup / 4), requests, signIn));
        return rows;
    }

    /**
     * Each iteration calls every edge once; the first is the bare SDK call the others are compared with. A second
     * bare SDK call, where given, is the control: its difference to the first is the noise floor of the method.
     */
    private List<Row> measure(Operation operation, String token, int warmup, int requests, List<Edge> edges) {
        List<Timings> timings = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            timings.add(new Timings(requests));
        }
        for (int iteration = 0; iteration < warmup + requests; iteration++) {
            for (int k = 0; k < edges.size(); k++) {
                int which = (k + iteration) % edges.size();
                long started = System.nanoTime();
                int status = call(operation, edges.get(which), token);
                long took = System.nanoTime() - started;
                if (status != 200) {
                    throw new IllegalStateException(edges.get(which).name() + " answered " + status + " to " + operation);
                }
                if (iteration >= warmup) {
                    timings.get(which).set(iteration - warmup, took);
                }
            }
        }
        Timings sdk = timings.get(0);
        List<Row> rows = new ArrayList<>();
        for (int which = 1; which < edges.size(); which++) {
            Timings edge = timings.get(which);
            Timings paired = edge.minus(sdk);
            rows.add(new Row(operation, edges.get(which).name(), requests, sdk.percentileMicros(50), sdk.percentileMicros(99),
                    edge.percentileMicros(50), edge.percentileMicros(99), paired.percentileMicros(50), paired.percentileMicros(99)));
        }
        return rows;
    }

    private static int call(Operation operation, Edge edge, String token) {
        return switch (operation) {
            case SIGN_IN -> edge.signIn(LocalCognito.USERNAME, LocalCognito.PASSWORD);
            case GET_USER -> edge.getUser(token);
        };
    }
}
