package org.clearway.core.lifecycle;

/** What happened to a declaration; every transition of its lifecycle is one timed event. */
public enum EventType {
    SUBMITTED, ACCEPTED, ASSESSED, AMENDED, INVALIDATED, REROUTED, INSPECTION_STARTED, RELEASED, SEIZED
}
