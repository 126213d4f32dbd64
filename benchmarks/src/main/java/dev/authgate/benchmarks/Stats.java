package dev.authgate.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Order statistics over measured values. */
public final class Stats {

    private Stats() {
    }

    public static double median(List<Double> values) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    /** The nearest-rank percentile (the smallest value with at least p% of the values at or below it). */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
