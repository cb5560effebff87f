package org.clearway.analytics.simulation;

import java.util.List;

/** A whole replay: its settings, every week, and the totals. */
public record SimulationResult(double budgetPercent, double explorePercent, Exploration exploration, List<WeekResult> weeks) {
    public int inspected() { return weeks.stream().mapToInt(WeekResult::inspected).sum(); }
    public int hits() { return weeks.stream().mapToInt(WeekResult::hits).sum(); }
    public int frauds() { return weeks.stream().mapToInt(WeekResult::frauds).sum(); }
    public double precision() { return inspected() == 0 ? Double.NaN : (double) hits() / inspected(); }
    public double recall() { return frauds() == 0 ? Double.NaN : (double) hits() / frauds(); }
}
