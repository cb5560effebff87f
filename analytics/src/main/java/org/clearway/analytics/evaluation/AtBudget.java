package org.clearway.analytics.evaluation;

/**
 * How a selection of the top {@code percent} % of declarations by score does: how many were selected,
 * the share of them that were fraudulent (precision), the share of all frauds they catch (recall)
 * and the share of all recoverable revenue they catch (NaN when revenue is not known).
 */
public record AtBudget(double percent, int selected, double precision, double recall, double revenueShare) {
}
