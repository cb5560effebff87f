package org.clearway.core.lifecycle;

/** Where a declaration stands. Rejected declarations are answered with their problems and never stored. */
public enum DeclarationStatus {
    /** Lodged and passed validation; an MRN is given. */
    ACCEPTED,
    /** A lane is allocated; yellow and red declarations wait here for an officer. */
    ASSESSED,
    /** An officer is checking documents or examining the goods. */
    UNDER_INSPECTION,
    /** The goods may leave customs control (final). */
    RELEASED,
    /** The goods are seized (final). */
    SEIZED,
    /** Withdrawn by the declarant before release (final). */
    INVALIDATED;

    public boolean isFinal() {
        return switch (this) {
            case RELEASED, SEIZED, INVALIDATED -> true;
            case ACCEPTED, ASSESSED, UNDER_INSPECTION -> false;
        };
    }
}
