package org.clearway.analytics;

/**
 * What an inspection found: whether the declaration was fraudulent, how serious (0 none, 1, 2
 * critical, as in the KCS data set) and the revenue recovered where known (NaN otherwise).
 */
public record Outcome(boolean fraud, int critical, double revenue) {
    public static Outcome of(boolean fraud) { return new Outcome(fraud, fraud ? 1 : 0, Double.NaN); }
}
