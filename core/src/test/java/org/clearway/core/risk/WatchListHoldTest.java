package org.clearway.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Once every watch-list match is cleared, the lane is what the rest of the assessment gives. */
class WatchListHoldTest {
    static final Reason MATCH = new Reason("WATCHLIST_MATCH", Lane.RED,
            "exporter \"Banco\" resembles entry 306 \"BANCO NACIONAL DE CUBA\" on the OFAC-SDN list (matched \"x\", score 1.00): held until an officer clears it");

    @Test
    void withNothingElseTheGoodsGoGreenAndTheMatchStaysListedAsCleared() {
        LaneDecision lifted = WatchListHold.lift(new LaneDecision(Lane.RED, List.of(MATCH)), "officer1", "another bank");
        assertThat(lifted.lane()).isEqualTo(Lane.GREEN);
        assertThat(lifted.reasons()).extracting(Reason::code).containsExactly("WATCHLIST_MATCH_CLEARED", "WATCHLIST_HOLD_LIFTED");
        assertThat(lifted.reasons().getFirst().lane()).isNull();
        assertThat(lifted.reasons().getFirst().text()).contains("entry 306").endsWith("cleared as a false positive by officer1");
        assertThat(lifted.reasons().getLast().text()).contains("officer1", "another bank", "lane GREEN");
        assertThat(WatchListHold.holds(lifted)).isFalse();
    }

    @Test
    void theHighestOtherReasonWins() {
        var profile = new Reason("PROFILE_HIT", Lane.YELLOW, "profile 3 v1 \"x\": why");
        var score = new Reason("PROFILE_SCORE", null, "profile 4 v1 (+10 points)");
        var random = new Reason("RANDOM_SELECTION", Lane.YELLOW, "selected at random");
        var aeo = new Reason("AEO_TREATMENT", null, "AEO holder");
        LaneDecision lifted = WatchListHold.lift(new LaneDecision(Lane.RED, List.of(profile, score, MATCH, random, aeo)), "officer1", "checked");
        assertThat(lifted.lane()).isEqualTo(Lane.YELLOW);
        assertThat(lifted.reasons()).extracting(Reason::code)
                .containsExactly("PROFILE_HIT", "PROFILE_SCORE", "WATCHLIST_MATCH_CLEARED", "RANDOM_SELECTION", "AEO_TREATMENT", "WATCHLIST_HOLD_LIFTED");
        var red = new Reason("RANDOM_SELECTION", Lane.RED, "selected at random");
        assertThat(WatchListHold.lift(new LaneDecision(Lane.RED, List.of(MATCH, red)), "o", "c").lane()).isEqualTo(Lane.RED);
    }

    @Test
    void anOfficersReroutingStands() {
        var profile = new Reason("PROFILE_HIT", Lane.RED, "profile 3 v1 \"x\": why");
        var reroute = new Reason("OFFICER_REROUTE", Lane.BLUE, "re-routed from RED to BLUE by officer2: audit later");
        LaneDecision lifted = WatchListHold.lift(new LaneDecision(Lane.BLUE, List.of(profile, MATCH, reroute)), "officer1", "checked");
        assertThat(lifted.lane()).isEqualTo(Lane.BLUE);
        assertThat(lifted.reasons().getLast().text()).contains("officer's re-routing");
    }
}
