package org.clearway.store.declaration;

import java.time.Instant;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;

/**
 * Which declarations to list, newest first (oldest first if {@code oldestFirst}: a work queue, whose
 * first page must hold the declarations waiting longest). A null filter matches all; {@code owner}
 * restricts the list to one declarant account's declarations (null: all, for customs staff). Lodged
 * from is inclusive, lodged to exclusive. Start with {@link #all()} and narrow with the {@code with}
 * methods.
 */
public record DeclarationQuery(String owner, DeclarationStatus status, Lane lane, DeclarationType type,
                               Instant lodgedFrom, Instant lodgedTo, String declarantId, int limit, int offset, boolean oldestFirst) {
    public static final int MAX_LIMIT = 1000;

    public DeclarationQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
    }

    public static DeclarationQuery all() {
        return new DeclarationQuery(null, null, null, null, null, null, null, 50, 0, false);
    }

    public DeclarationQuery withOwner(String o) { return new DeclarationQuery(o, status, lane, type, lodgedFrom, lodgedTo, declarantId, limit, offset, oldestFirst); }
    public DeclarationQuery withStatus(DeclarationStatus s) { return new DeclarationQuery(owner, s, lane, type, lodgedFrom, lodgedTo, declarantId, limit, offset, oldestFirst); }
    public DeclarationQuery withLane(Lane l) { return new DeclarationQuery(owner, status, l, type, lodgedFrom, lodgedTo, declarantId, limit, offset, oldestFirst); }
    public DeclarationQuery withType(DeclarationType t) { return new DeclarationQuery(owner, status, lane, t, lodgedFrom, lodgedTo, declarantId, limit, offset, oldestFirst); }
    public DeclarationQuery withLodged(Instant from, Instant to) { return new DeclarationQuery(owner, status, lane, type, from, to, declarantId, limit, offset, oldestFirst); }
    public DeclarationQuery withDeclarantId(String d) { return new DeclarationQuery(owner, status, lane, type, lodgedFrom, lodgedTo, d, limit, offset, oldestFirst); }
    public DeclarationQuery withPage(int newLimit, int newOffset) { return new DeclarationQuery(owner, status, lane, type, lodgedFrom, lodgedTo, declarantId, newLimit, newOffset, oldestFirst); }
    /** The same, listed oldest first (by lodgement, then MRN). */
    public DeclarationQuery withOldestFirst() { return new DeclarationQuery(owner, status, lane, type, lodgedFrom, lodgedTo, declarantId, limit, offset, true); }
}
