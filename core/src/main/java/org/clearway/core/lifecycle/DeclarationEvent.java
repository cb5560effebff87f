package org.clearway.core.lifecycle;

import java.time.Instant;

/**
 * One step in a declaration's life: what happened, when, who did it, the status before and after,
 * and a plain-language detail (e.g. the reason given for a re-route).
 */
public record DeclarationEvent(EventType type, Instant at, String actor,
                               DeclarationStatus from, DeclarationStatus to, String detail) {
}
