package dev.authgate.benchmarks;

import java.util.List;

import dev.authgate.benchmarks.warm.BadTokenRejectionBenchmark;
import dev.authgate.benchmarks.warm.WarmOverheadBenchmark;

/** The tables of benchmarks 2 and 3, and their targets. */
final class WarmSection {

    private WarmSection() {
    }

    static String overhead(List<WarmOverheadBenchmark.Row> rows, Targets targets) {
        Table table = new Table("operation", "edge", "SDK p50 µs", "edge p50 µs", "overhead p50 µs", "SDK p99 µs",
                "edge p99 µs", "overhead p99 µs", "paired Δ p50 µs", "paired Δ p99 µs");
        for (WarmOverheadBenchmark.Row row : rows) {
            table.row(row.operation().label(), row.edge(), Table.fixed(row.sdkP50(), 0), Table.fixed(row.edgeP50(), 0),
                    Table.fixed(row.overheadP50(), 0), Table.fixed(row.sdkP99(), 0), Table.fixed(row.edgeP99(), 0),
                    Table.fixed(row.overheadP99(), 0), Table.fixed(row.pairedP50(), 0), Table.fixed(row.pairedP99(), 0));
            if (row.edge().contains("control") || row.edge().contains("prototype")) {
                continue;
            }
            String what = row.operation().label().split(" ")[0] + ", " + row.edge();
            targets.atMost("warm overhead p50 <= 0.3 ms (" + what + ")", row.pairedP50() / 1000, 0.3, " ms", 3);
            targets.atMost("warm overhead p99 <= 1 ms (" + what + ", p99 of the per-request difference)",
                    row.pairedP99() / 1000, 1.0, " ms", 3);
            targets.atMost("warm overhead p99 <= 1 ms (" + what + ", difference of the p99s)", row.overheadP99() / 1000,
                    1.0, " ms", 3);
        }
        int requests = rows.isEmpty() ? 0 : rows.get(0).requests();
        return "2. Warm overhead: per-request latency in this process (default JIT) against the emulator, " + requests
                + " requests per edge and operation after warm-up, every edge once per iteration in rotating order; "
                + "overhead = edge minus the bare SDK call, as the difference of the percentiles and as the percentiles "
                + "of the per-iteration difference. The control is a second bare SDK client: its per-iteration "
                + "difference is the method's noise floor (the emulator's own jitter)\n\n" + table;
    }

    static String rejection(List<BadTokenRejectionBenchmark.Row> rows, Targets targets) {
        Table table = new Table("edge", "forged token (req/s)", "valid token (req/s)", "ratio");
        for (BadTokenRejectionBenchmark.Row row : rows) {
            table.row(row.edge(), Table.fixed(row.forgedPerSecond(), 0), Table.fixed(row.validPerSecond(), 0),
                    Table.fixed(row.ratio(), 1) + "x");
            targets.atLeast("bad-token rejection >= 10x valid getUser (" + row.edge() + ")", row.ratio(), 10, "x", 1);
        }
        String counts = rows.isEmpty() ? "" : rows.get(0).forgedRequests() + " forged and " + rows.get(0).validRequests() + " valid";
        return "3. Bad-token rejection: GET /auth/user, one client thread, " + counts
                + " requests per edge; the forged token has the pool's key id and a signature by another key\n\n"
                + table;
    }
}
