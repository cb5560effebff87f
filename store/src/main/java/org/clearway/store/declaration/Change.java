package org.clearway.store.declaration;

import java.util.List;
import java.util.Objects;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;

/** What an action on a stored declaration decides: refuse (nothing is written) or apply a change. */
public sealed interface Change {

    /** The action is not allowed; the message says why (and names the current status). */
    record Refuse(String message) implements Change {}

    /**
     * The declaration moves to {@code status}. A null lane, declaration JSON, content hash or
     * assessment JSON keeps the stored one. The events are appended in order, and one audit entry
     * records the change.
     */
    record Apply(DeclarationStatus status, Lane lane, String declarationJson, String contentHash, String assessmentJson,
                 List<DeclarationEvent> events, String auditAction, String auditDetail) implements Change {
        public Apply {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(auditAction, "auditAction");
            if ((declarationJson == null) != (contentHash == null)) {
                throw new IllegalArgumentException("a new declaration JSON comes with its new content hash, and only with it");
            }
            events = List.copyOf(events);
        }
    }
}
