package org.clearway.core.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Lifting a watch-list hold once an officer has cleared every match as a false positive: the lane
 * becomes what the rest of the recorded assessment gives (profile hits, risk score, the model,
 * random selection), or the officer's own re-routing when there was one (the latest wins, as it did
 * when it was made). The match reasons stay in the list, marked cleared and without a lane, so the
 * decision still shows why the goods were held; one reason says the hold was lifted and by whom.
 */
public final class WatchListHold {
    public static final String MATCH = "WATCHLIST_MATCH";
    public static final String MATCH_CLEARED = "WATCHLIST_MATCH_CLEARED";
    public static final String LIFTED = "WATCHLIST_HOLD_LIFTED";
    public static final String REROUTE = "OFFICER_REROUTE";

    private WatchListHold() {}

    /** Whether the decision holds the goods for a watch-list match. */
    public static boolean holds(LaneDecision decision) {
        return decision.reasons().stream().anyMatch(r -> r.code().equals(MATCH));
    }

    /** The decision with its watch-list matches cleared; {@code clearedBy} and {@code why} name the officer's finding. */
    public static LaneDecision lift(LaneDecision decision, String clearedBy, String why) {
        List<Reason> reasons = new ArrayList<>(decision.reasons().size() + 1);
        Lane lane = Lane.GREEN;
        Lane rerouted = null;
        for (Reason r : decision.reasons()) {
            if (r.code().equals(MATCH)) {
                reasons.add(new Reason(MATCH_CLEARED, null, r.text().replace(": held until an officer clears it", "")
                        + ": cleared as a false positive by " + clearedBy));
                continue;
            }
            reasons.add(r);
            if (r.code().equals(REROUTE)) rerouted = r.lane();
            else if (r.lane() != null) lane = lane.max(r.lane());
        }
        if (rerouted != null) lane = rerouted;
        reasons.add(new Reason(LIFTED, lane, "watch-list hold lifted: every match cleared as a false positive by " + clearedBy + " (" + why
                + "); lane " + lane + " from the " + (rerouted != null ? "officer's re-routing" : "rest of the assessment")));
        return new LaneDecision(lane, reasons);
    }
}
