package org.clearway.store.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.clearway.core.screening.ScreeningClearance;
import org.clearway.store.Database;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Jdbi;

/**
 * False-positive clearances: an officer found that a party is not a listed entry. Remembered per
 * party and entry (clearing it again only updates the reason) and recorded in the audit log.
 */
public final class ScreeningClearanceRepositoryJdbc {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stored clearance with who, when, why and on which declaration. */
    public record Cleared(ScreeningClearance clearance, String mrn, String reason, String clearedBy, Instant clearedAt) {}

    private final Jdbi jdbi;
    private final AuditLogJdbc audit;
    private final Clock clock;

    public ScreeningClearanceRepositoryJdbc(Database db, AuditLogJdbc audit, Clock clock) {
        this.jdbi = db.jdbi();
        this.audit = audit;
        this.clock = clock;
    }

    public Cleared clear(String officer, ScreeningClearance c, String mrn, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(tx -> {
            tx.createUpdate("""
                    INSERT INTO screening_clearances (party_key, list_name, entry_id, mrn, reason, cleared_by, cleared_at)
                    VALUES (:party, :list, :entry, :mrn, :reason, :by, :at)
                    ON CONFLICT (party_key, list_name, entry_id)
                    DO UPDATE SET mrn = EXCLUDED.mrn, reason = EXCLUDED.reason, cleared_by = EXCLUDED.cleared_by, cleared_at = EXCLUDED.cleared_at""")
                    .bind("party", c.partyKey()).bind("list", c.list()).bind("entry", c.entryId()).bind("mrn", mrn)
                    .bind("reason", reason).bind("by", officer).bind("at", now).execute();
            String detail = JSON.createObjectNode().put("party", c.partyKey()).put("list", c.list()).put("entryId", c.entryId())
                    .put("reason", reason).toString();
            audit.append(tx, officer, "screening.clear", mrn, detail, now);
            return new Cleared(c, mrn, reason, officer, now);
        });
    }

    public List<Cleared> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM screening_clearances ORDER BY cleared_at")
                .map((rs, ctx) -> new Cleared(new ScreeningClearance(rs.getString("party_key"), rs.getString("list_name"), rs.getString("entry_id")),
                        rs.getString("mrn"), rs.getString("reason"), rs.getString("cleared_by"), rs.getTimestamp("cleared_at").toInstant()))
                .list());
    }
}
