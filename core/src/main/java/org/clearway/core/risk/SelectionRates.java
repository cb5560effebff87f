package org.clearway.core.risk;

/** Shares of declarations sent at random to the red and yellow lanes, each in [0, 1], together at most 1. */
public record SelectionRates(double red, double yellow) {
    public SelectionRates {
        if (!(red >= 0) || !(yellow >= 0) || red + yellow > 1) {
            throw new IllegalArgumentException("selection rates must be between 0 and 1 and add up to at most 1");
        }
    }

    public SelectionRates times(double factor) { return new SelectionRates(red * factor, yellow * factor); }

    /** {@code red 2.00 %, yellow 5.00 %}; written by hand because String.format costs more than a whole assessment's lookups. */
    @Override public String toString() { return "red " + percent(red) + " %, yellow " + percent(yellow) + " %"; }

    private static String percent(double share) {
        long hundredths = Math.round(share * 10_000);
        long cents = hundredths % 100;
        return (hundredths / 100) + (cents < 10 ? ".0" : ".") + cents;
    }
}
