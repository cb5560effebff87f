package org.clearway.store.profile;

import java.time.Instant;
import org.clearway.core.inspection.InspectionResult;

/** A stored declaration for back-testing: its MRN, canonical JSON, when it was lodged and its inspection result (null if none). */
public record HistoricDeclaration(String mrn, String declarationJson, Instant lodgedAt, InspectionResult inspection) {
}
