package org.clearway.store.profile;

import java.math.BigDecimal;
import org.clearway.store.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * Profile statistics from what is stored: a declaration was selected by a profile when its lane
 * decision lists a reason of that profile ({@code PROFILE_HIT} or {@code PROFILE_SCORE}, whose text
 * starts {@code profile <id> v}); its inspection result says whether that was a hit. The reasons are
 * the record of what the assessment did, so no second bookkeeping can drift from them. The
 * declarations of one profile are found through the index on {@code selecting_profiles(assessment)}
 * (migrations V6 and V9), not by reading every declaration's reasons.
 */
public final class ProfileStatisticsJdbc {
    /** The statistics of profile {@code :id}; the predicate repeats the partial index's so the planner can use it. */
    static final String QUERY = """
            SELECT count(*) AS selections,
                   count(i.mrn) AS inspected,
                   count(*) FILTER (WHERE i.outcome IN ('DISCREPANCY', 'SEIZURE')) AS hits,
                   coalesce(sum(i.revenue_adjustment) FILTER (WHERE i.outcome = 'DISCREPANCY'), 0) AS revenue
            FROM declarations d LEFT JOIN inspection_results i ON i.mrn = d.mrn
            WHERE strpos(d.assessment, 'PROFILE_') > 0 AND selecting_profiles(d.assessment) <> '{}'
              AND selecting_profiles(d.assessment) @> ARRAY[CAST(:id AS bigint)]""";

    private final Jdbi jdbi;

    public ProfileStatisticsJdbc(Database db) {
        this.jdbi = db.jdbi();
    }

    public ProfileStatistics of(long profileId) {
        return jdbi.withHandle(h -> h.createQuery(QUERY)
                .bind("id", profileId)
                .map((rs, ctx) -> {
                    long inspected = rs.getLong("inspected");
                    long hits = rs.getLong("hits");
                    BigDecimal revenue = rs.getBigDecimal("revenue");
                    return new ProfileStatistics(profileId, rs.getLong("selections"), inspected, hits,
                            inspected == 0 ? null : hits / (double) inspected, revenue.setScale(2));
                }).one());
    }
}
