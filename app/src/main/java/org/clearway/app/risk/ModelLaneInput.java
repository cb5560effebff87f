package org.clearway.app.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.analytics.targeting.ModelTargeting;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.RandomSelection;
import org.clearway.core.risk.Reason;
import org.clearway.core.risk.TargetingInput;

/**
 * The active targeting model as an input of lane allocation: declarations scoring at or above the
 * threshold that spends the inspection budget go to the red lane with the score and the features
 * that pushed it most; a share of the rest is chosen to explore. The exploration draw is a hash of
 * the MRN (as random selection's is), so a decision can be reproduced.
 */
public record ModelLaneInput(TargetingModel model, long version, double threshold, double exploreRate, long seed, Clock clock)
        implements TargetingInput {

    /** Mixed into the seed so that exploration and random selection draw independently. */
    private static final long EXPLORATION_SALT = 0x6D6F64656CL;

    @Override
    public Optional<Reason> assess(Declaration declaration, Mrn mrn) {
        var random = new SplittableRandom(Double.doubleToLongBits(RandomSelection.draw(mrn, seed ^ EXPLORATION_SALT)));
        var targeting = new ModelTargeting(model, threshold, exploreRate, Lane.RED, random);
        return targeting.assess(declaration, mrn.value(), LocalDate.now(clock))
                .map(r -> new Reason(r.code(), r.lane(), "model v" + version + ": " + r.text()));
    }
}
