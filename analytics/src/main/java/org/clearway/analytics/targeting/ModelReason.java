package org.clearway.analytics.targeting;

import java.util.Locale;
import java.util.stream.Collectors;
import org.clearway.analytics.model.Score;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.Reason;

/**
 * The reason a lane allocation gives for the model: "model score 0.83 (selection threshold 0.61),
 * top features: importer.fraudRate +1.20, hs6.fraudRate +0.45, logValuePerKg -0.30".
 */
public final class ModelReason {
    public static final String SCORE_CODE = "MODEL_SCORE";
    public static final String EXPLORATION_CODE = "MODEL_EXPLORATION";

    private ModelReason() {}

    public static Reason selected(Score score, double threshold, Lane lane) {
        return new Reason(SCORE_CODE, lane, String.format(Locale.ROOT, "model score %.2f (selection threshold %.2f), top features: %s",
                score.probability(), threshold, features(score)));
    }

    public static Reason explored(Score score, Lane lane) {
        return new Reason(EXPLORATION_CODE, lane, String.format(Locale.ROOT,
                "chosen to keep the model learning (exploration share of the inspection budget); model score %.2f, top features: %s",
                score.probability(), features(score)));
    }

    static String features(Score score) {
        if (score.topContributions().isEmpty()) return "none";
        return score.topContributions().stream()
                .map(c -> String.format(Locale.ROOT, "%s %+.2f", c.feature(), c.logOdds()))
                .collect(Collectors.joining(", "));
    }
}
