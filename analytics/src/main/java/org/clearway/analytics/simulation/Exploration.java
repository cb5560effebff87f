package org.clearway.analytics.simulation;

/** How the exploring share of the budget is chosen, so that labels stay unbiased. */
public enum Exploration {
    /** Uniformly at random among the declarations the model did not pick. */
    RANDOM,
    /** The declarations whose score is closest to 0.5, where the model is least certain. */
    UNCERTAIN
}
