package dev.authgate.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The performance targets Authgate is held to (README, Performance), each with what was measured against it. */
public final class Targets {

    private final Table table = new Table("target", "measured", "met");
    private final List<Boolean> met = new ArrayList<>();

    /** A figure that must stay at or below its limit. */
    public void atMost(String target, double measured, double limit, String unit, int decimals) {
        add(target, measured <= limit, Table.fixed(measured, decimals) + unit, limit, measured, decimals, unit);
    }

    /** A figure that must reach at least its limit. */
    public void atLeast(String target, double measured, double limit, String unit, int decimals) {
        add(target, measured >= limit, Table.fixed(measured, decimals) + unit, limit, measured, decimals, unit);
    }

    private void add(String target, boolean ok, String shown, double limit, double measured, int decimals, String unit) {
        met.add(ok);
        table.row(target, shown, ok ? "yes" : "no (by " + Table.fixed(Math.abs(measured - limit), decimals) + unit + ")");
    }

    public boolean isEmpty() {
        return met.isEmpty();
    }

    @Override
    public String toString() {
        return table.toString();
    }
}
