package org.clearway.analytics.model;

import java.util.List;

/**
 * The model's estimate that a declared item is fraudulent, with the features that pushed it most
 * (largest absolute per-feature contributions from the trees, strongest first).
 */
public record Score(double probability, List<Contribution> topContributions) {
    public Score {
        if (!(probability >= 0 && probability <= 1)) throw new IllegalArgumentException("probability must be in [0,1]: " + probability);
        topContributions = List.copyOf(topContributions);
    }
}
