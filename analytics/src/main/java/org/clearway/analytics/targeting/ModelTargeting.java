package org.clearway.analytics.targeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.model.Score;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.Reason;

/**
 * The active model as one input of lane allocation, pure: a declaration whose riskiest item scores
 * at or above the threshold is selected for {@code lane} with a {@link ModelReason}; of the others,
 * a share ({@code exploreRate}, e.g. 10 % of a 5 % budget = 0.005) is chosen at random to explore,
 * so that outcomes keep arriving for declarations the model would not pick. The threshold comes
 * from the inspection budget through {@link #thresholdForBudget} on recent scores.
 *
 * <p>For the lead's lane allocation: {@code targeting.assess(declaration, mrn, date)} returns the
 * reason to add (or none); the highest lane among all reasons wins as elsewhere.
 */
public record ModelTargeting(TargetingModel model, double threshold, double exploreRate, Lane lane, RandomGenerator random) {
    public static final int TOP_FEATURES = 3;

    public Optional<Reason> assess(Declaration declaration, String declarationId, LocalDate date) {
        List<ItemFacts> items = DeclarationFacts.of(declaration, declarationId, date);
        if (items.isEmpty()) return Optional.empty();
        Score riskiest = null;
        for (ItemFacts item : items) {
            Score s = model.explain(item, TOP_FEATURES);
            if (riskiest == null || s.probability() > riskiest.probability()) riskiest = s;
        }
        if (riskiest.probability() >= threshold) return Optional.of(ModelReason.selected(riskiest, threshold, lane));
        if (exploreRate > 0 && random.nextDouble() < exploreRate) return Optional.of(ModelReason.explored(riskiest, lane));
        return Optional.empty();
    }

    /** The score above which {@code budgetPercent} % of {@code recentScores} lie: the threshold that spends the budget. */
    public static double thresholdForBudget(double[] recentScores, double budgetPercent) {
        if (recentScores.length == 0) return 1.0;
        double[] sorted = recentScores.clone();
        java.util.Arrays.sort(sorted);
        int k = org.clearway.analytics.evaluation.Evaluation.selected(sorted.length, budgetPercent);
        return sorted[sorted.length - k];
    }
}
