package org.clearway.store.declaration;

import java.time.Instant;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;

/**
 * Which declarations to list, newest first. A null filter matches all; {@code owner} restricts the
 * list to one declarant account's declarations (null: all, for customs staff). Lodged from is
 * inclusive, lodged to exclusive. Start with {@link #all()} and narrow with the {@code with} methods.
 */
public record DeclarationQuery(String owner, DeclarationStatus status, Lane lane, DeclarationType type,
                               Instant lodgedFrom, Instant lodgedTo, String declarantId, int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public DeclarationQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
    }

    public static DeclarationQuery all() {
        return new DeclarationQuery(null, null, null, null, null, null, null, 50, 0);
    }

    public DeclarationQuery withOwner(String o) { return new DeclarationQuery(o, status, lane, type, lodgedFrom, lodgedTo, declarantId, limit, offset); }
    public DeclarationQuery withStatus(DeclarationStatus s) { return new DeclarationQuery(owner, s, lane, type, lodgedFrom, lodgedTo, declarantId, limit, offset); }
    public DeclarationQuery withLane(Lane l) { return new DeclarationQuery(owner, status, l, type, lodgedFrom, lodgedTo, declarantId, limit, offset); }
    public DeclarationQuery withType(DeclarationType t) { return new DeclarationQuery(owner, status, lane, t, lodgedFrom, lodgedTo, declarantId, limit, offset); }
    public DeclarationQuery withLodged(Instant from, Instant to) { return new DeclarationQuery(owner, status, lane, type, from, to, declarantId, limit, offset); }
    public DeclarationQuery withDeclarantId(String d) { return new DeclarationQuery(owner, status, lane, type, lodgedFrom, lodgedTo, d, limit, offset); }
    public DeclarationQuery withPage(int newLimit, int newOffset) { return new DeclarationQuery(owner, status, lane, type, lodgedFrom, lodgedTo, declarantId, newLimit, newOffset); }
}
