package dev.authgate.benchmarks.warm;

import dev.authgate.benchmarks.Stats;

/** Latencies of one kind of call, in nanoseconds, one slot per measured iteration. */
final class Timings {

    private final double[] nanos;

    Timings(int size) {
        nanos = new double[size];
    }

    void set(int index, long value) {
        nanos[index] = value;
    }

    double percentileMicros(double p) {
        return Stats.percentile(nanos, p) / 1000.0;
    }

    /** The per-iteration difference to another call measured in the same iterations. */
    Timings minus(Timings other) {
        Timings difference = new Timings(nanos.length);
        for (int i = 0; i < nanos.length; i++) {
            difference.nanos[i] = nanos[i] - other.nanos[i];
        }
        return difference;
    }
}
