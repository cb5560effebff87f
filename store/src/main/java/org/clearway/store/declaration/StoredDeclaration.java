package org.clearway.store.declaration;

import java.time.Instant;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;

/**
 * A declaration as customs holds it: who lodged it (the {@code owner} account and the declarant's
 * EORI), its references (MRN, LRN), where it stands, the canonical declaration JSON with its
 * SHA-256, the assessment JSON (amounts due and lane decision), and a version raised by every change.
 *
 * <p>The JSON is kept as jsonb (so that it can be queried), which normalises it: keys are reordered and
 * spacing changes. {@code declarationJson} read back is therefore the same JSON value but not the same
 * text the caller hashed; {@code contentHash} stays the hash the caller computed from its canonical
 * text. To compare content, canonicalise again (e.g. parse and re-serialise) rather than hashing this text.
 */
public record StoredDeclaration(String mrn, String owner, String declarantId, String lrn, DeclarationType type,
                                DeclarationStatus status, Lane lane, String contentHash, String declarationJson,
                                String assessmentJson, int version, Instant lodgedAt, Instant updatedAt) {
}
