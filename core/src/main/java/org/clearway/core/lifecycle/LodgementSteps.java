package org.clearway.core.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.clearway.core.declaration.Money;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;

/**
 * What happens when customs accepts a declaration, in one instant and as one act: it is received and
 * validated (SUBMITTED, by the declarant), assessed (ASSESSED, by Clearway: its lane with the reasons
 * and the amounts due), and, when that lane releases at once, released (RELEASED, by Clearway).
 *
 * <p>These steps are kept with the declaration as two values, the assessment's text and the lane it
 * was released in at once (none if it waits for an officer), rather than as three event rows: a bulk
 * manifest lodges a million consignments, and three rows with their index entries each were most of
 * what storing one cost (docs/formats.md). {@link #events()} gives back the events they stand for,
 * the same as were stored before; what happens after lodgement is stored as events, one by one.
 *
 * @param at         when it was lodged
 * @param declarant  the account that lodged it
 * @param assessment the ASSESSED event's detail: {@code lane GREEN: reasons...; amounts due 12.00 GBP}
 * @param releasedIn the lane it was released in at lodgement, or null if it waits for an officer
 */
public record LodgementSteps(Instant at, String declarant, String assessment, Lane releasedIn) {
    /** Who assesses, and releases at once: the system, not a person. */
    public static final String SYSTEM = "clearway";
    static final String SUBMITTED_DETAIL = "received and validated with no problems; MRN given";

    public LodgementSteps {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(declarant, "declarant");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** The steps of a declaration accepted now and assessed into this lane with these amounts due. */
    public static LodgementSteps of(Instant at, String declarant, LaneDecision lane, Money amountsDue) {
        Lane released = Lifecycle.statusAfterAssessment(lane.lane()) == DeclarationStatus.RELEASED ? lane.lane() : null;
        return new LodgementSteps(at, declarant, assessedDetail(lane, amountsDue), released);
    }

    /** The status the declaration has after these steps. */
    public DeclarationStatus status() {
        return releasedIn == null ? DeclarationStatus.ASSESSED : DeclarationStatus.RELEASED;
    }

    /** The events these steps stand for, in the order they happened. */
    public List<DeclarationEvent> events() {
        var submitted = new DeclarationEvent(EventType.SUBMITTED, at, declarant, null, DeclarationStatus.ACCEPTED, SUBMITTED_DETAIL);
        var assessed = new DeclarationEvent(EventType.ASSESSED, at, SYSTEM, DeclarationStatus.ACCEPTED, DeclarationStatus.ASSESSED, assessment);
        if (releasedIn == null) return List.of(submitted, assessed);
        return List.of(submitted, assessed, released(at, DeclarationStatus.ASSESSED, releasedIn));
    }

    /** An assessment's event detail: the lane, each reason, and the total due. Also written when an amendment is assessed again. */
    public static String assessedDetail(LaneDecision lane, Money amountsDue) {
        StringBuilder detail = new StringBuilder(256).append("lane ").append(lane.lane()).append(": ");
        for (int i = 0; i < lane.reasons().size(); i++) {
            if (i > 0) detail.append("; ");
            detail.append(lane.reasons().get(i).text());
        }
        return detail.append("; amounts due ").append(amountsDue).toString();
    }

    /** Released by the system because the lane releases at once. */
    public static DeclarationEvent released(Instant at, DeclarationStatus from, Lane lane) {
        return new DeclarationEvent(EventType.RELEASED, at, SYSTEM, from, DeclarationStatus.RELEASED, "released automatically: " + lane + " lane");
    }
}
