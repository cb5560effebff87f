package org.clearway.app.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Read-only figures for the dashboard, straight from the declarations and their events: counts per
 * day and lane, inspections started per day, and every declaration's events in order (from which the
 * release times and step times are computed), and the inspection results recorded per day. Only customs staff reach it (see DashboardPage).
 */
final class DashboardData {
    private final Jdbi jdbi;

    DashboardData(Jdbi jdbi) { this.jdbi = jdbi; }

    record DayLane(LocalDate day, String lane, int count) {}

    record DayCount(LocalDate day, int count) {}

    record Event(String mrn, String lane, String office, String type, Instant at) {}

    /** The inspection results recorded on a day: how many, how many found a discrepancy or led to a seizure, the revenue the discrepancies added. */
    record DayResults(LocalDate day, int recorded, int discrepancies, int seizures, BigDecimal revenue) {}

    List<DayLane> lanesPerDay(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT (lodged_at AT TIME ZONE 'UTC')::date AS day, coalesce(lane, 'NONE') AS lane, count(*) AS n
                FROM declarations WHERE lodged_at >= :from GROUP BY 1, 2 ORDER BY 1, 2""")
                .bind("from", from)
                .map((rs, c) -> new DayLane(rs.getObject("day", LocalDate.class), rs.getString("lane"), rs.getInt("n"))).list());
    }

    /** Declarations whose check started on each day (counted once per declaration and day). */
    List<DayCount> inspectionsPerDay(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT (at AT TIME ZONE 'UTC')::date AS day, count(DISTINCT mrn) AS n
                FROM declaration_events WHERE type = 'INSPECTION_STARTED' AND at >= :from GROUP BY 1 ORDER BY 1""")
                .bind("from", from)
                .map((rs, c) -> new DayCount(rs.getObject("day", LocalDate.class), rs.getInt("n"))).list());
    }

    /** Inspection results per day of recording; revenue in the administration's currency (the only one results are recorded in). */
    List<DayResults> resultsPerDay(Instant from, String currency) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT (recorded_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n,
                       count(*) FILTER (WHERE outcome = 'DISCREPANCY') AS discrepancies,
                       count(*) FILTER (WHERE outcome = 'SEIZURE') AS seizures,
                       coalesce(sum(revenue_adjustment) FILTER (WHERE outcome = 'DISCREPANCY' AND currency = :currency), 0) AS revenue
                FROM inspection_results WHERE recorded_at >= :from GROUP BY 1 ORDER BY 1""")
                .bind("from", from).bind("currency", currency)
                .map((rs, c) -> new DayResults(rs.getObject("day", LocalDate.class), rs.getInt("n"), rs.getInt("discrepancies"), rs.getInt("seizures"),
                        rs.getBigDecimal("revenue"))).list());
    }

    /**
     * The events of the declarations lodged since {@code from}, grouped by declaration, in the order
     * they happened, handed to {@code each} as they are read (a cursor of 10,000 rows at a time, so
     * memory stays flat however many there are). Each declaration's customs office is read from its
     * JSON once, not once per event (materialised first: PostgreSQL would otherwise parse the
     * document again for every event row of the join). The lodgement's steps come from the row's
     * columns (migration V11; {@code LodgementSteps} gives the same events in Java), what followed from
     * the event rows.
     */
    void events(Instant from, java.util.function.Consumer<Event> each) {
        jdbi.useTransaction(h -> h.createQuery("""
                WITH d AS MATERIALIZED (
                    SELECT mrn, coalesce(lane, 'NONE') AS lane, coalesce(declaration::json -> 'transport' ->> 'customsOffice', '') AS office,
                           lodged_at, lodgement_assessed IS NOT NULL AS steps_in_row, lodgement_released_lane IS NOT NULL AS released_at_once
                    FROM declarations WHERE lodged_at >= :from)
                SELECT mrn, lane, office, type, at FROM (
                    SELECT mrn, lane, office, 'SUBMITTED' AS type, lodged_at AS at, 0 AS step, 0::bigint AS id FROM d WHERE steps_in_row
                    UNION ALL SELECT mrn, lane, office, 'ASSESSED', lodged_at, 1, 0 FROM d WHERE steps_in_row
                    UNION ALL SELECT mrn, lane, office, 'RELEASED', lodged_at, 2, 0 FROM d WHERE released_at_once
                    UNION ALL SELECT d.mrn, d.lane, d.office, e.type, e.at, 3, e.id FROM d JOIN declaration_events e ON e.mrn = d.mrn) x
                ORDER BY mrn, at, step, id""")
                .bind("from", from).setFetchSize(10_000)
                .map((rs, c) -> new Event(rs.getString("mrn"), rs.getString("lane"), rs.getString("office"), rs.getString("type"),
                        rs.getTimestamp("at").toInstant()))
                .forEach(each));
    }
}
