package org.clearway.core.risk;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.profile.CompiledProfile;
import org.clearway.core.profile.DeclarationFacts;
import org.clearway.core.profile.ProfileAction;
import org.clearway.core.profile.ProfileHits;
import org.clearway.core.profile.ProfileSnapshot;
import org.clearway.core.profile.ProfileVersion;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.screening.ScreeningMatch;

/**
 * Allocates the lane as an administration configures selectivity: the profiles in force first, then
 * watch-list screening of the parties (a match holds the goods: red, until an officer clears it),
 * then random selection for compliance measurement at the office's rate (lower for AEO holders).
 * The highest lane asked for wins, and every reason is listed. Pure: the profiles and lists come in
 * as immutable snapshots, and the random draw is a hash of the MRN and the seed.
 */
public final class RiskAssessment implements LaneAllocator {
    private final ProfileSnapshot profiles;
    private final PartyScreening screening;
    private final RiskSettings settings;
    private final TargetingInput targeting;
    private final boolean useIndex;

    public RiskAssessment(ProfileSnapshot profiles, PartyScreening screening, RiskSettings settings) {
        this(profiles, screening, settings, TargetingInput.NONE, true);
    }

    private RiskAssessment(ProfileSnapshot profiles, PartyScreening screening, RiskSettings settings,
                           TargetingInput targeting, boolean useIndex) {
        this.profiles = profiles;
        this.screening = screening;
        this.settings = settings;
        this.targeting = targeting;
        this.useIndex = useIndex;
    }

    /** The same assessment evaluating every profile for every declaration: the baseline the benchmark compares with. */
    public RiskAssessment evaluatingEveryProfile() { return new RiskAssessment(profiles, screening, settings, targeting, false); }

    public ProfileSnapshot profiles() { return profiles; }

    /** A copy with other profiles, e.g. when one is activated or retired. */
    public RiskAssessment withProfiles(ProfileSnapshot newProfiles) { return new RiskAssessment(newProfiles, screening, settings, targeting, useIndex); }

    /** A copy with other watch lists. */
    public RiskAssessment withScreening(PartyScreening newScreening) { return new RiskAssessment(profiles, newScreening, settings, targeting, useIndex); }

    /** A copy with another learned model (or {@link TargetingInput#NONE}). */
    public RiskAssessment withTargeting(TargetingInput newTargeting) { return new RiskAssessment(profiles, screening, settings, newTargeting, useIndex); }

    /** The NOT_SELECTED text last written, with the rates it names: most declarations of a run get the same one. */
    private record NotSelected(SelectionRates rates, String text) {}

    private NotSelected notSelected;

    /** The reason's text for a declaration nothing selected; made again only when the rates differ from the last. */
    private String notSelected(SelectionRates rates) {
        NotSelected last = notSelected; // a record: another thread sees it whole or not at all
        if (last == null || !last.rates().equals(rates)) {
            notSelected = last = new NotSelected(rates, "no profile hit, no watch-list match, not selected by the model or at random ("
                    + rates + "); " + profiles.size() + " profile(s) in force");
        }
        return last.text();
    }

    @Override
    public LaneDecision allocate(Declaration declaration, Mrn mrn) {
        DeclarationFacts facts = DeclarationFacts.of(declaration);
        ProfileHits hits = useIndex ? profiles.hits(facts) : profiles.hitsEvaluatingEveryProfile(facts);
        List<Reason> reasons = new ArrayList<>(4);
        Lane lane = Lane.GREEN;

        int score = 0;
        for (CompiledProfile hit : hits.hits()) {
            ProfileVersion v = hit.version();
            switch (v.definition().action()) {
                case ProfileAction.SendTo(var to) -> {
                    reasons.add(new Reason("PROFILE_HIT", to, v.label() + ": " + v.definition().reason()));
                    lane = lane.max(to);
                }
                case ProfileAction.AddScore(var points) -> {
                    score += points;
                    reasons.add(new Reason("PROFILE_SCORE", null, v.label() + " (+" + points + " points): " + v.definition().reason()));
                }
            }
        }
        if (score > 0) {
            ScoreThresholds t = settings.thresholds();
            Lane byScore = t.laneFor(score);
            reasons.add(new Reason("RISK_SCORE", byScore, "risk score " + score + " (yellow from " + t.yellowFrom() + ", red from " + t.redFrom() + ")"));
            lane = lane.max(byScore);
        }

        var modelReason = targeting.assess(declaration, mrn);
        if (modelReason.isPresent()) {
            reasons.add(modelReason.get());
            if (modelReason.get().lane() != null) lane = lane.max(modelReason.get().lane());
        }

        for (ScreeningMatch m : screening.screen(declaration)) {
            reasons.add(new Reason("WATCHLIST_MATCH", Lane.RED, String.format(
                    "%s \"%s\" resembles entry %s \"%s\" on the %s list (matched \"%s\", score %.2f): held until an officer clears it",
                    m.partyRole(), m.partyName(), m.entryId(), m.entryName(), m.list(), m.matchedName(), m.score())));
            lane = Lane.RED;
        }

        SelectionRates rates = settings.random().ratesFor(facts.office(), facts.aeo());
        double draw = RandomSelection.draw(mrn, settings.seed());
        if (draw < rates.red()) {
            reasons.add(new Reason("RANDOM_SELECTION", Lane.RED, "selected at random for physical inspection (compliance measurement, " + rates + ")"));
            lane = Lane.RED;
        } else if (draw < rates.red() + rates.yellow()) {
            reasons.add(new Reason("RANDOM_SELECTION", Lane.YELLOW, "selected at random for a documentary check (compliance measurement, " + rates + ")"));
            lane = lane.max(Lane.YELLOW);
        }

        if (facts.aeo()) {
            StringBuilder text = new StringBuilder("AEO holder (").append(String.join(", ", declaration.aeoAuthorisations()))
                    .append("): random selection lowered to ").append(rates);
            if (!hits.aeoExempted().isEmpty()) {
                text.append("; exempt from ").append(String.join(", ", hits.aeoExempted().stream().map(p -> p.version().label()).toList()));
            }
            reasons.add(new Reason("AEO_TREATMENT", null, text.toString()));
        }

        if (lane == Lane.GREEN && reasons.stream().noneMatch(r -> r.lane() != null && r.lane() != Lane.GREEN)) {
            reasons.add(new Reason("NOT_SELECTED", Lane.GREEN, notSelected(rates)));
        }
        return new LaneDecision(lane, reasons);
    }
}
