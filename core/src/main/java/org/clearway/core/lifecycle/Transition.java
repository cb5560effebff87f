package org.clearway.core.lifecycle;

/** The answer of the lifecycle to a requested action: the move it makes, or why it refuses. */
public sealed interface Transition {

    /** The action is allowed: the declaration moves to {@code to} and the event records it. */
    record Moved(DeclarationStatus to, EventType event) implements Transition {}

    /** The action is not allowed in the current status; the message names that status. */
    record Refused(DeclarationStatus current, String message) implements Transition {}
}
