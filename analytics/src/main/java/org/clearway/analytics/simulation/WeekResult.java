package org.clearway.analytics.simulation;

import java.time.LocalDate;

/** One simulated week: declarations lodged, how many were inspected, how many of those were frauds, of how many frauds in all. */
public record WeekResult(LocalDate weekStart, int declarations, int inspected, int hits, int frauds, boolean modelUsed) {
    public double precision() { return inspected == 0 ? Double.NaN : (double) hits / inspected; }
    public double recall() { return frauds == 0 ? Double.NaN : (double) hits / frauds; }
}
