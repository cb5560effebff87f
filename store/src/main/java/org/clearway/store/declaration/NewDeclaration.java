package org.clearway.store.declaration;

import java.time.Instant;
import java.util.Objects;
import org.clearway.core.declaration.DeclarationType;

/** A declaration being lodged: who lodges it, its references, and its canonical JSON with that JSON's SHA-256 hex. */
public record NewDeclaration(String owner, String declarantId, String lrn, DeclarationType type, String contentHash,
                             String declarationJson, String actor, Instant at) {
    public NewDeclaration {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(declarantId, "declarantId");
        Objects.requireNonNull(lrn, "lrn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(declarationJson, "declarationJson");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
