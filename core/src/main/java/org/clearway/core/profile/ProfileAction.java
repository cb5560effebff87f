package org.clearway.core.profile;

import org.clearway.core.risk.Lane;

/**
 * What a profile does when it hits: send the declaration to a lane, or add points to its risk score
 * (the score's thresholds then choose the lane, so several weak signals can add up to a check).
 */
public sealed interface ProfileAction {
    record SendTo(Lane lane) implements ProfileAction {
        public SendTo {
            if (lane == null) throw new IllegalArgumentException("a profile sends to a lane");
        }
    }

    record AddScore(int points) implements ProfileAction {
        public AddScore {
            if (points < 1 || points > 1000) throw new IllegalArgumentException("a profile adds 1 to 1000 points");
        }
    }
}
