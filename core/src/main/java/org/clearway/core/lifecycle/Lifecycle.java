package org.clearway.core.lifecycle;

import static org.clearway.core.lifecycle.DeclarationStatus.*;

import org.clearway.core.risk.Lane;

/**
 * The declaration's state machine. Each method says what customs does and returns the move or a
 * refusal naming the current status; nothing here touches storage.
 */
public final class Lifecycle {
    private Lifecycle() {}

    /** After assessment: green and blue lanes are released at once, yellow and red wait for an officer. */
    public static DeclarationStatus statusAfterAssessment(Lane lane) {
        return switch (lane) {
            case GREEN, BLUE -> RELEASED;
            case YELLOW, RED -> ASSESSED;
        };
    }

    /** The declarant amends the declaration; allowed until an officer starts checking it or it is released. */
    public static Transition amend(DeclarationStatus current) {
        return current == ASSESSED || current == ACCEPTED
                ? new Transition.Moved(ASSESSED, EventType.AMENDED)
                : refused(current, "amend", "a declaration can be amended only before its check starts and before release");
    }

    /** The declarant withdraws the declaration before release. */
    public static Transition invalidate(DeclarationStatus current) {
        return current == ASSESSED || current == ACCEPTED
                ? new Transition.Moved(INVALIDATED, EventType.INVALIDATED)
                : refused(current, "invalidate", "a declaration can be invalidated only before its check starts and before release");
    }

    /** An officer starts the documentary check or physical examination. */
    public static Transition startInspection(DeclarationStatus current) {
        return current == ASSESSED
                ? new Transition.Moved(UNDER_INSPECTION, EventType.INSPECTION_STARTED)
                : refused(current, "start an inspection of", "only an assessed declaration awaiting its check can be inspected");
    }

    /** An officer releases the goods. */
    public static Transition release(DeclarationStatus current) {
        return current == ASSESSED || current == UNDER_INSPECTION
                ? new Transition.Moved(RELEASED, EventType.RELEASED)
                : refused(current, "release", "only an assessed declaration or one under inspection can be released");
    }

    /** An officer seizes the goods. */
    public static Transition seize(DeclarationStatus current) {
        return current == ASSESSED || current == UNDER_INSPECTION
                ? new Transition.Moved(SEIZED, EventType.SEIZED)
                : refused(current, "seize", "only goods not yet released can be seized");
    }

    /** An officer moves the declaration to another lane, with a reason; it then awaits that lane's check. */
    public static Transition reroute(DeclarationStatus current) {
        return current == ASSESSED || current == UNDER_INSPECTION
                ? new Transition.Moved(ASSESSED, EventType.REROUTED)
                : refused(current, "re-route", "only a declaration not yet released can be re-routed");
    }

    private static Transition refused(DeclarationStatus current, String verb, String rule) {
        return new Transition.Refused(current, "cannot " + verb + " a declaration that is " + current + ": " + rule);
    }
}
