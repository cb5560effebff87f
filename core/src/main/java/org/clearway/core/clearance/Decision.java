package org.clearway.core.clearance;

import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.tariff.AmountsDue;

/** What customs decides on an accepted declaration: amounts due, the lane with its reasons, and the resulting status. */
public record Decision(AmountsDue amountsDue, LaneDecision lane, DeclarationStatus status) {
}
