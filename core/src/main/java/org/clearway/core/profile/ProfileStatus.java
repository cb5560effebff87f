package org.clearway.core.profile;

/** Where a profile version stands in the four-eyes workflow. */
public enum ProfileStatus {
    /** Being written; changes replace it. */
    DRAFT,
    /** Submitted by an analyst; waits for a second analyst's approval. */
    SUBMITTED,
    /** Approved by a second analyst: in force for assessment. */
    ACTIVE,
    /** Was active; a newer approved version replaced it. */
    SUPERSEDED,
    /** Taken out of force by an analyst. */
    RETIRED
}
