package org.clearway.analytics.model;

/** How much one feature pushed a score, in log-odds (positive: towards inspection). */
public record Contribution(String feature, double logOdds) {
}
