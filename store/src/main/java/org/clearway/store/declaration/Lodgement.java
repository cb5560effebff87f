package org.clearway.store.declaration;

import java.util.Objects;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.core.risk.Lane;

/**
 * What the caller decided for a declaration being lodged, given its MRN sequence number: the MRN
 * built from it, the lane, the assessment JSON, and the lodgement's steps (submitted, assessed and,
 * for a lane released at once, released), which are stored in the declaration's row (migration V11).
 */
public record Lodgement(String mrn, Lane lane, String assessmentJson, LodgementSteps steps) {
    public Lodgement {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(steps, "steps");
    }

    /** Where the declaration stands after its lodgement: released, or assessed and waiting for an officer. */
    public DeclarationStatus status() {
        return steps.status();
    }
}
