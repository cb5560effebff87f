package org.clearway.core.risk;

/** Shares of declarations sent at random to the red and yellow lanes, each in [0, 1], together at most 1. */
public record SelectionRates(double red, double yellow) {
    public SelectionRates {
        if (!(red >= 0) || !(yellow >= 0) || red + yellow > 1) {
            throw new IllegalArgumentException("selection rates must be between 0 and 1 and add up to at most 1");
        }
    }

    public SelectionRates times(double factor) { return new SelectionRates(red * factor, yellow * factor); }

    @Override public String toString() { return String.format("red %.2f %%, yellow %.2f %%", red * 100, yellow * 100); }
}
