package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clearway.app.it.Servers;
import org.clearway.store.Database;
import org.junit.jupiter.api.Test;

/**
 * The dashboard reads each declaration's events in order whichever way they were stored: the
 * lodgement's steps in the declaration's row (since migration V11) followed by the event rows of what
 * happened later, or, for a declaration lodged before V11, every event as a row.
 */
class DashboardEventsTest {
    @Test
    void lodgementStepsInTheRowAndEventRowsComeBackAsOneOrderedTimeline() {
        // a database of its own: the rows written here by hand would show in the shared one's lists
        try (Database db = Database.embedded(Servers.freshDataDir())) {
            readsBothShapes(db);
        }
    }

    private static void readsBothShapes(Database db) {
        Instant t0 = Instant.parse("2026-05-01T08:00:00Z");
        String prefix = "26GB" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String green = prefix + "0001", red = prefix + "0002", legacy = prefix + "0003";
        db.jdbi().useHandle(h -> {
            String insert = """
                    INSERT INTO declarations (mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, lodged_at, updated_at,
                                              lodgement_assessed, lodgement_released_lane)
                    VALUES (?, 'trader1', 'GB1', ?, 'IMPORT', ?, ?, sha256('h'), '{"transport":{"customsOffice":"GBLHR001"}}', ?, ?, ?, ?)""";
            h.execute(insert, green, green, "RELEASED", "GREEN", t0, t0, "lane GREEN: none; amounts due 1.00 GBP", "GREEN");
            h.execute(insert, red, red, "RELEASED", "RED", t0.plusSeconds(1), t0.plusSeconds(1), "lane RED: profile; amounts due 1.00 GBP", null);
            h.execute(insert, legacy, legacy, "RELEASED", "GREEN", t0.plusSeconds(2), t0.plusSeconds(2), null, null);
            String event = "INSERT INTO declaration_events (mrn, type, at, actor, to_status) VALUES (?, ?, ?, 'x', 'RELEASED')";
            h.execute(event, red, "INSPECTION_STARTED", t0.plusSeconds(60));
            h.execute(event, red, "RELEASED", t0.plusSeconds(120));
            h.execute(event, legacy, "SUBMITTED", t0.plusSeconds(2));
            h.execute(event, legacy, "ASSESSED", t0.plusSeconds(2));
            h.execute(event, legacy, "RELEASED", t0.plusSeconds(2));
        });

        List<String> read = new ArrayList<>();
        new DashboardData(db.jdbi()).events(t0, e -> read.add(e.mrn().substring(14) + " " + e.type() + " +" + (e.at().getEpochSecond() - t0.getEpochSecond())
                + " " + e.lane() + " " + e.office()));

        // 0001's history is its lodgement alone: counted, not read event by event (DashboardReleaseTimesTest)
        assertThat(new DashboardData(db.jdbi()).lodgedOnly(t0)).containsExactly(new DashboardData.Lodged("GREEN", "GBLHR001", true, 1));
        assertThat(read).containsExactly(
                "0002 SUBMITTED +1 RED GBLHR001", "0002 ASSESSED +1 RED GBLHR001",
                "0002 INSPECTION_STARTED +60 RED GBLHR001", "0002 RELEASED +120 RED GBLHR001",
                "0003 SUBMITTED +2 GREEN GBLHR001", "0003 ASSESSED +2 GREEN GBLHR001", "0003 RELEASED +2 GREEN GBLHR001");
    }
}
