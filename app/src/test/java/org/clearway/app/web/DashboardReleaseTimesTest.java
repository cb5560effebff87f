package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clearway.app.it.Servers;
import org.clearway.store.Database;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's release times, counted in PostgreSQL for declarations whose history is their
 * lodgement alone and read event by event for the rest, are the figures every declaration's events
 * give (the query the dashboard ran until 2026-11-29, kept here as the oracle); and the customs
 * office read from a declaration's text is the one its JSON holds, whatever the text.
 */
class DashboardReleaseTimesTest {
    /** Until 2026-11-29: every declaration's events, its office parsed from its JSON. */
    private static final String ALL_EVENTS = """
            WITH d AS MATERIALIZED (
                SELECT mrn, coalesce(lane, 'NONE') AS lane, coalesce(declaration::json -> 'transport' ->> 'customsOffice', '') AS office,
                       lodged_at, lodgement_assessed IS NOT NULL AS steps_in_row, lodgement_released_lane IS NOT NULL AS released_at_once
                FROM declarations WHERE lodged_at >= :from)
            SELECT mrn, lane, office, type, at FROM (
                SELECT mrn, lane, office, 'SUBMITTED' AS type, lodged_at AS at, 0 AS step, 0::bigint AS id FROM d WHERE steps_in_row
                UNION ALL SELECT mrn, lane, office, 'ASSESSED', lodged_at, 1, 0 FROM d WHERE steps_in_row
                UNION ALL SELECT mrn, lane, office, 'RELEASED', lodged_at, 2, 0 FROM d WHERE released_at_once
                UNION ALL SELECT d.mrn, d.lane, d.office, e.type, e.at, 3, e.id FROM d JOIN declaration_events e ON e.mrn = d.mrn) x
            ORDER BY mrn, at, step, id""";

    /** Declaration texts with the office their JSON holds: the canonical form, and each case the text reading must not get wrong. */
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("{\"type\":\"LOW_VALUE\",\"transport\":{\"mode\":4,\"customsOffice\":\"GBLHR001\",\"loadingLocation\":\"CNPVG\"}}", "GBLHR001"),
            Map.entry("{\"transport\": {\"mode\": 4, \"customsOffice\": \"GBFXT001\"}}", "GBFXT001"), // stored as jsonb before V9
            Map.entry("{\"transport\":{\"customsOffice\":\"GB\\u0041BC001\"}}", "GBABC001"), // an escape in the value
            Map.entry("{\"transport\":{\"mode\":4}}", ""), // no office
            Map.entry("{\"transport\":{\"customsOffice\":\"\"}}", ""),
            Map.entry("{\"transport\":{\"customsOffice\":null}}", ""),
            Map.entry("{\"declarant\":{\"name\":\"x \\\"customsOffice\\\":\\\"FAKE0001\\\" y\"},\"transport\":{\"customsOffice\":\"GBDVR001\"}}", "GBDVR001"),
            Map.entry("{\"declarant\":{\"name\":\"x \\\"customsOffice\\\":\\\"FAKE0001\\\" y\"},\"transport\":{\"mode\":4}}", ""),
            Map.entry("{\"declarant\":{\"name\":\"a\\\": b\"},\"transport\":{\"mode\":4}}", ""),
            Map.entry("{\"declarant\":{\"name\":\"Zoë Çelik\"},\"transport\":{\"customsOffice\":\"GBLGP001\"}}", "GBLGP001"));

    @Test
    void theFiguresAreThoseOfEveryDeclarationsEventsAndTheOfficeThatOfItsJson() {
        // a database of its own: the rows written here by hand would show in the shared one's lists
        try (Database db = Database.embedded(Servers.freshDataDir())) {
            Instant t0 = Instant.parse("2026-05-01T08:00:00Z");
            String prefix = "26GB" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
            int[] n = {0};
            db.jdbi().useHandle(h -> {
                String insert = """
                        INSERT INTO declarations (mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, lodged_at, updated_at,
                                                  lodgement_assessed, lodgement_released_lane)
                        VALUES (?, 'trader1', 'GB1', ?, 'IMPORT', ?, ?, sha256('h'), ?, ?, ?, ?, ?)""";
                String event = "INSERT INTO declaration_events (mrn, type, at, actor, to_status) VALUES (?, ?, ?, 'x', ?)";
                for (var text : TEXTS.keySet()) {
                    for (String lane : List.of("GREEN", "RED", "YELLOW", "BLUE")) {
                        boolean releasedAtOnce = lane.equals("GREEN") || lane.equals("BLUE");
                        Instant at = t0.plusSeconds(n[0]);
                        // lodgement only, its steps in the row
                        String mrn = prefix + String.format("%04d", n[0]++);
                        h.execute(insert, mrn, mrn, releasedAtOnce ? "RELEASED" : "HELD", lane, text, at, at, "", releasedAtOnce ? lane : null);
                        // steps in the row, held, then checked and released by an officer
                        mrn = prefix + String.format("%04d", n[0]++);
                        h.execute(insert, mrn, mrn, "RELEASED", lane, text, at, at, "", null);
                        h.execute(event, mrn, "INSPECTION_STARTED", at.plusSeconds(60 + n[0]), "UNDER_INSPECTION");
                        h.execute(event, mrn, "RELEASED", at.plusSeconds(600 + 7L * n[0]), "RELEASED");
                        // lodged before V11: every event a row
                        mrn = prefix + String.format("%04d", n[0]++);
                        h.execute(insert, mrn, mrn, "RELEASED", lane, text, at, at, null, null);
                        h.execute(event, mrn, "SUBMITTED", at, "SUBMITTED");
                        h.execute(event, mrn, "ASSESSED", at.plusSeconds(1), "ASSESSED");
                        h.execute(event, mrn, "RELEASED", at.plusSeconds(30L * n[0]), "RELEASED");
                    }
                }
                // before the period: counted by neither
                String early = prefix + "9999";
                h.execute(insert, early, early, "RELEASED", "GREEN", TEXTS.keySet().iterator().next(), t0.minusSeconds(1), t0.minusSeconds(1), "", "GREEN");
            });
            DashboardData data = new DashboardData(db.jdbi());

            Map<String, String> offices = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT declaration, " + DashboardData.OFFICE + " AS office FROM (SELECT d.declaration, "
                                    + DashboardData.OFFICE_TEXT + " AS v FROM declarations d WHERE d.mrn LIKE :p OFFSET 0) x")
                    .bind("p", prefix + "%").map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> {
                        assertThat(a).isEqualTo(b);
                        return a;
                    })));
            assertThat(offices).containsExactlyInAnyOrderEntriesOf(TEXTS);

            ReleaseTimes.Tally oracle = new ReleaseTimes.Tally();
            db.jdbi().useTransaction(h -> h.createQuery(ALL_EVENTS).bind("from", t0)
                    .map((rs, c) -> new DashboardData.Event(rs.getString("mrn"), rs.getString("lane"), rs.getString("office"), rs.getString("type"),
                            rs.getTimestamp("at").toInstant()))
                    .forEach(oracle));
            ReleaseTimes.Figures expected = oracle.figures();

            ReleaseTimes.Figures figures = data.releaseTimes(t0);

            assertThat(figures).isEqualTo(expected);
            assertThat(figures.released()).isEqualTo(TEXTS.size() * (2 + 4 + 4)); // at once (green, blue), after a check, before V11
            assertThat(figures.byOffice()).extracting(ReleaseTimes.Spread::label)
                    .containsExactly("(none)", "GBABC001", "GBDVR001", "GBFXT001", "GBLGP001", "GBLHR001");
            assertThat(data.lodgedOnly(t0)).extracting(DashboardData.Lodged::count).containsOnly(1L, 5L);
        }
    }
}
