package org.clearway.store.inspection;

/** The outcome of recording an inspection result: recorded, refused (with why), or no such declaration. */
public sealed interface RecordOutcome {
    record Recorded(RecordedInspection inspection) implements RecordOutcome {}
    record Refused(String message) implements RecordOutcome {}
    record NotFound(String mrn) implements RecordOutcome {}
}
