package org.clearway.store.model;

import java.util.List;
import org.clearway.store.Database;

/**
 * The outcomes Clearway recorded, as training labels: every declaration with an inspection started
 * that ended released (nothing found) or seized (fraud found), oldest first.
 */
public final class InspectionOutcomesJdbc {
    private final Database db;

    public InspectionOutcomesJdbc(Database db) { this.db = db; }

    public List<InspectedDeclaration> all() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT d.mrn, d.lodged_at, d.declaration::text AS json, d.status = 'SEIZED' AS seized
                FROM declarations d
                WHERE d.status IN ('RELEASED', 'SEIZED')
                  AND EXISTS (SELECT 1 FROM declaration_events e WHERE e.mrn = d.mrn AND e.type = 'INSPECTION_STARTED')
                ORDER BY d.lodged_at, d.mrn""")
                .map((rs, ctx) -> new InspectedDeclaration(rs.getString("mrn"), rs.getTimestamp("lodged_at").toInstant(),
                        rs.getString("json"), rs.getBoolean("seized")))
                .list());
    }
}
