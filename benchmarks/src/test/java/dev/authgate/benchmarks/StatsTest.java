package dev.authgate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The order statistics every figure of the report goes through. */
class StatsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0, 7.0, 5.0))).isEqualTo(3.0);
    }

    @Test
    void aPercentileIsTheSmallestValueWithThatShareAtOrBelowIt() {
        double[] hundred = new double[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = 100 - i;
        }

        assertThat(Stats.percentile(hundred, 50)).isEqualTo(50);
        assertThat(Stats.percentile(hundred, 99)).isEqualTo(99);
        assertThat(Stats.percentile(hundred, 100)).isEqualTo(100);
    }
}
