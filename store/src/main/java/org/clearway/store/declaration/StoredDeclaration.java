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
 * <p>The JSON is kept as the text given (PostgreSQL json from migration V9, text since V10, which no
 * longer has PostgreSQL check that it is JSON: Clearway's own writers make it, and readers parse it):
 * {@code declarationJson} read back is the text the caller stored, so for a declaration stored since
 * migration V9 it is the canonical text its {@code contentHash} was computed from. Declarations stored
 * before V9 were kept as jsonb, which reordered keys and changed spacing; they read back as that
 * text. To compare content, canonicalise again (parse and re-serialise) rather than hashing this text.
 */
public record StoredDeclaration(String mrn, String owner, String declarantId, String lrn, DeclarationType type,
                                DeclarationStatus status, Lane lane, String contentHash, String declarationJson,
                                String assessmentJson, int version, Instant lodgedAt, Instant updatedAt) {
}
