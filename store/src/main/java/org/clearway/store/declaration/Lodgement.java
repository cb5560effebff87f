package org.clearway.store.declaration;

import java.util.Objects;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.core.risk.Lane;

/**
 * What the caller decided for a declaration being lodged, given its MRN sequence number: the MRN
 * built from it, the lane, the assessment JSON, and the lodgement's steps (submitted, assessed and,
 * for a lane released at once, released), which are stored in the declaration's row (migration V11).
 *
 * @param assessedFromAssessment whether the steps' ASSESSED detail is the one
 *        {@link LodgementSteps#assessedDetail} gives for the lane decision and total due in
 *        {@code assessmentJson}: then the row keeps it as '' and readers derive it (migration V12)
 */
public record Lodgement(String mrn, Lane lane, String assessmentJson, LodgementSteps steps, boolean assessedFromAssessment) {
    public Lodgement {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(steps, "steps");
        if (assessedFromAssessment) Objects.requireNonNull(assessmentJson, "assessmentJson");
    }

    /** A lodgement whose ASSESSED detail is kept as text in the row. */
    public Lodgement(String mrn, Lane lane, String assessmentJson, LodgementSteps steps) {
        this(mrn, lane, assessmentJson, steps, false);
    }

    /** Where the declaration stands after its lodgement: released, or assessed and waiting for an officer. */
    public DeclarationStatus status() {
        return steps.status();
    }

    /** The lodgement's ASSESSED detail as the row keeps it: '' where it is derived from the assessment. */
    String assessedAsStored() {
        return assessedFromAssessment ? LodgementAssessed.DERIVED : steps.assessment();
    }
}
