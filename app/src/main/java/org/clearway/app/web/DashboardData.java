package org.clearway.app.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Read-only figures for the dashboard, straight from the declarations and their events: counts per
 * day and lane, inspections started per day, the release times and step times (declarations whose
 * history is their lodgement counted, the others' events read in order), and the inspection results
 * recorded per day. Only customs staff reach it (see DashboardPage).
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
     * A declaration's customs office ({@code transport.customsOffice}), '' if it has none, from its
     * stored text {@code declaration} and {@code v}, that text split at the key ({@link #OFFICE_TEXT}):
     * read without parsing the JSON in most cases. Clearway's canonical JSON (DeclarationWriter)
     * writes {@code "customsOffice":"} in the transport object only and with no space, and a quote
     * inside any string value is escaped, so the first such text is that key's; the value runs to the
     * next quote. Parsed as JSON instead where that reading could be wrong: a value holding an escape,
     * or no such key in a text that has {@code ": } somewhere (declarations stored as jsonb before V9,
     * whose text has a space after each colon, or a value quoting that text). Parsing each declaration
     * took 17 of the 25 s PostgreSQL spent on a million of them; splitting its text, about 1 s.
     * DashboardReleaseTimesTest holds it to the JSON path over each of those cases. (The backslash is
     * written chr(92): JDBI's parser would take '\\' for an escaped quote and miss the parameters after it.)
     */
    static final String OFFICE = """
            CASE WHEN (v = '' AND strpos(declaration, '": ') > 0) OR strpos(v, chr(92)) > 0
                 THEN coalesce(declaration::json -> 'transport' ->> 'customsOffice', '') ELSE v END""";

    /**
     * The text {@link #OFFICE} reads as {@code v}, taken from {@code declarations d} in a subquery
     * that is not flattened ({@code OFFSET 0}), so that it is split once a row.
     */
    static final String OFFICE_TEXT = "split_part(split_part(d.declaration, '\"customsOffice\":\"', 2), '\"', 1)";

    /** A count of declarations whose whole history is their lodgement, by lane, office and whether they were released at once. */
    record Lodged(String lane, String office, boolean releasedAtOnce, long count) {}

    /**
     * The release times of the declarations lodged since {@code from}. Most declarations' history is
     * their lodgement alone (its steps in the row since V11, no event row: a bulk manifest's green
     * consignments above all): lodged, assessed and, if their lane allowed, released in the same
     * instant. Those are counted in PostgreSQL by lane, office and release ({@link #lodgedOnly});
     * only the others' events are read one by one ({@link #events}). The figures are the same as
     * from every declaration's events (DashboardReleaseTimesTest); over a million declarations lodged
     * in the period, the page took 42 s reading them all.
     */
    ReleaseTimes.Figures releaseTimes(Instant from) {
        ReleaseTimes.Tally tally = new ReleaseTimes.Tally();
        lodgedOnly(from).forEach(tally::lodged);
        events(from, tally);
        return tally.figures();
    }

    /** Declarations lodged since {@code from} with their lodgement's steps in the row and no event row, counted. */
    List<Lodged> lodgedOnly(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT lane, %s AS office, released, count(*) AS n
                FROM (SELECT coalesce(d.lane, 'NONE') AS lane, d.lodgement_released_lane IS NOT NULL AS released, d.declaration, %s AS v
                      FROM declarations d
                      WHERE d.lodged_at >= :from AND d.lodgement_assessed IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM declaration_events e WHERE e.mrn = d.mrn) OFFSET 0) x
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""".formatted(OFFICE, OFFICE_TEXT))
                .bind("from", from)
                .map((rs, c) -> new Lodged(rs.getString("lane"), rs.getString("office"), rs.getBoolean("released"), rs.getLong("n"))).list());
    }

    /**
     * The events of the declarations lodged since {@code from} that {@link #lodgedOnly} does not
     * count (those with event rows, and those lodged before V11), grouped by declaration, in the order
     * they happened, handed to {@code each} as they are read (a cursor of 10,000 rows at a time, so
     * memory stays flat however many there are). Each declaration's customs office is read once, not
     * once per event (materialised first). The lodgement's steps come from the row's columns
     * (migration V11; {@code LodgementSteps} gives the same events in Java), what followed from the
     * event rows.
     */
    void events(Instant from, java.util.function.Consumer<Event> each) {
        jdbi.useTransaction(h -> h.createQuery("""
                WITH d AS MATERIALIZED (
                    SELECT mrn, coalesce(lane, 'NONE') AS lane, %s AS office,
                           lodged_at, lodgement_assessed IS NOT NULL AS steps_in_row, lodgement_released_lane IS NOT NULL AS released_at_once
                    FROM (SELECT d.*, %s AS v FROM declarations d
                          WHERE d.lodged_at >= :from
                            AND (d.lodgement_assessed IS NULL OR EXISTS (SELECT 1 FROM declaration_events e WHERE e.mrn = d.mrn)) OFFSET 0) x)
                SELECT mrn, lane, office, type, at FROM (
                    SELECT mrn, lane, office, 'SUBMITTED' AS type, lodged_at AS at, 0 AS step, 0::bigint AS id FROM d WHERE steps_in_row
                    UNION ALL SELECT mrn, lane, office, 'ASSESSED', lodged_at, 1, 0 FROM d WHERE steps_in_row
                    UNION ALL SELECT mrn, lane, office, 'RELEASED', lodged_at, 2, 0 FROM d WHERE released_at_once
                    UNION ALL SELECT d.mrn, d.lane, d.office, e.type, e.at, 3, e.id FROM d JOIN declaration_events e ON e.mrn = d.mrn) x
                ORDER BY mrn, at, step, id""".formatted(OFFICE, OFFICE_TEXT))
                .bind("from", from).setFetchSize(10_000)
                .map((rs, c) -> new Event(rs.getString("mrn"), rs.getString("lane"), rs.getString("office"), rs.getString("type"),
                        rs.getTimestamp("at").toInstant()))
                .forEach(each));
    }
}
