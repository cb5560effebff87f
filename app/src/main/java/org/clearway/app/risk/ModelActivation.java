package org.clearway.app.risk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.analytics.targeting.DeclarationFacts;
import org.clearway.analytics.targeting.ModelTargeting;
import org.clearway.core.risk.TargetingInput;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.clearway.store.declaration.DeclarationQuery;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
import org.clearway.store.declaration.StoredDeclaration;
import org.clearway.store.model.ModelRepositoryJdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the active model version (if any) into lane allocation. The selection threshold is the score
 * above which the inspection budget's share of the most recent declarations lie, so the model
 * selects about that share of what arrives while traffic stays alike.
 */
public final class ModelActivation {
    private static final Logger log = LoggerFactory.getLogger(ModelActivation.class);
    /** How many recent declarations set the threshold. */
    static final int RECENT = 1000;
    /** Below this many recent declarations the threshold is not trusted and the model selects nothing (it still explores). */
    static final int MIN_RECENT = 50;

    /** The share of declarations the model may send to inspection (percent), and the share of that budget spent exploring. */
    public record Budget(double percent, double exploreShare) {
        public Budget {
            if (percent < 0 || percent > 100) throw new IllegalArgumentException("the model budget is a percentage from 0 to 100");
            if (exploreShare < 0 || exploreShare > 1) throw new IllegalArgumentException("the exploration share is from 0 to 1");
        }

        public static Budget defaults() { return new Budget(5, 0.1); }
    }

    private ModelActivation() {}

    public static TargetingInput load(ModelRepositoryJdbc models, DeclarationRepositoryJdbc declarations, Budget budget, long seed, Clock clock) {
        var active = models.active();
        if (active.isEmpty()) return TargetingInput.NONE;
        long version = active.get().version();
        TargetingModel model = TargetingModel.fromBytes(models.bytes(version).orElseThrow());
        double[] recent = recentScores(model, declarations, clock);
        double threshold = recent.length >= MIN_RECENT ? ModelTargeting.thresholdForBudget(recent, budget.percent() * (1 - budget.exploreShare())) : 1.01;
        double explore = budget.percent() / 100 * budget.exploreShare();
        log.info("targeting model v{} in lane allocation: budget {} % ({} % exploring), threshold {} from {} recent declarations",
                version, budget.percent(), budget.percent() * budget.exploreShare(), threshold > 1 ? "none yet (too few declarations)" : String.format("%.3f", threshold), recent.length);
        return new ModelLaneInput(model, version, threshold, explore, seed, clock);
    }

    private static double[] recentScores(TargetingModel model, DeclarationRepositoryJdbc declarations, Clock clock) {
        DeclarationJsonCodec codec = new DeclarationJsonCodec();
        List<Double> scores = new ArrayList<>();
        for (StoredDeclaration d : declarations.list(DeclarationQuery.all().withPage(RECENT, 0)).items()) {
            if (codec.decode(d.declarationJson().getBytes(StandardCharsets.UTF_8)) instanceof Decoded.Ok(var declaration)) {
                var items = DeclarationFacts.of(declaration, d.mrn(), LocalDate.ofInstant(d.lodgedAt(), clock.getZone()));
                if (items.isEmpty()) continue;
                double max = 0;
                for (double s : model.score(items)) max = Math.max(max, s);
                scores.add(max);
            }
        }
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
