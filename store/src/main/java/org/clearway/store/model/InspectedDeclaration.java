package org.clearway.store.model;

import java.time.Instant;

/** A declaration that was inspected and has a final result: seized (fraud found) or released (clean). */
public record InspectedDeclaration(String mrn, Instant lodgedAt, String declarationJson, boolean seized) {
}
