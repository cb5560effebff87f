package org.clearway.store.inspection;

import java.time.Instant;
import org.clearway.core.inspection.InspectionResult;

/** An inspection result as stored: the declaration, what was found, who recorded it and when. */
public record RecordedInspection(String mrn, InspectionResult result, String officer, Instant recordedAt) {
}
