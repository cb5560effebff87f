package org.clearway.store.declaration;

import java.util.List;
import java.util.Objects;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;

/**
 * What the caller decided for a declaration being lodged, given its MRN sequence number: the MRN
 * built from it, the resulting status and lane, the assessment JSON, and the events to record
 * (e.g. SUBMITTED, ACCEPTED, ASSESSED, and RELEASED for a green lane).
 */
public record Lodgement(String mrn, DeclarationStatus status, Lane lane, String assessmentJson, List<DeclarationEvent> events) {
    public Lodgement {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(status, "status");
        events = List.copyOf(events);
    }
}
