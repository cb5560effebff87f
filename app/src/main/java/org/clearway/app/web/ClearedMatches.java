package org.clearway.app.web;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The watch-list matches officers cleared as false positives on one declaration (read only), so that
 * the declaration page can mark the hold's reason as cleared, with who cleared it and why. The
 * clearing itself goes through ScreeningService.
 */
final class ClearedMatches {
    private final Jdbi jdbi;

    ClearedMatches(Jdbi jdbi) { this.jdbi = jdbi; }

    record Cleared(String list, String entryId, String reason, String clearedBy, Instant at) {
        boolean concerns(String reasonText) { return ClearedMatches.concerns(reasonText, list, entryId); }
    }

    /** Whether a WATCHLIST_MATCH reason's text (written by RiskAssessment) is about this entry: it names the entry and the list. */
    static boolean concerns(String reasonText, String list, String entryId) {
        return reasonText.contains("entry " + entryId + " \"") && reasonText.contains("on the " + list + " list");
    }

    List<Cleared> on(String mrn) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT DISTINCT list_name, entry_id, reason, cleared_by, cleared_at FROM screening_clearances
                WHERE mrn = :mrn ORDER BY cleared_at""")
                .bind("mrn", mrn)
                .map((rs, c) -> new Cleared(rs.getString("list_name"), rs.getString("entry_id"), rs.getString("reason"), rs.getString("cleared_by"),
                        rs.getTimestamp("cleared_at").toInstant())).list());
    }
}
