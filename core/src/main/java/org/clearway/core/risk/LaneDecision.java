package org.clearway.core.risk;

import java.util.List;

/** The lane allocated and every reason behind it. */
public record LaneDecision(Lane lane, List<Reason> reasons) {
    public LaneDecision {
        reasons = List.copyOf(reasons);
    }
}
