package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
import org.clearway.app.it.Api;
import org.clearway.app.it.Servers;
import org.clearway.store.Database;
import org.junit.jupiter.api.Test;

/**
 * With more declarations held than the work queue reads (after a large manifest), the queue lists
 * those waiting longest, as it says; until 2026-11-29 it read the newest, and the oldest dropped out.
 */
class QueueOldestFirstTest {
    private static final int HELD = QueuePage.MAX_HELD + 5;

    @Test
    void withMoreHeldThanItReadsTheQueueShowsTheOldestAndSaysHowManyWait() throws Exception {
        // a database of its own: the declarations written here would fill the shared one's queue
        Database db = Database.embedded(Servers.freshDataDir());
        try (Clearway app = new Clearway(db, Administration.defaults(), Clock.systemUTC())) {
            new DemoData(app).ensure();
            // what the queue reads of the demo data: every held declaration but the red ones waiting (fewer than it reads of each)
            long heldBefore = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM declarations WHERE lane IN ('RED', 'YELLOW') AND status IN ('ASSESSED', 'UNDER_INSPECTION')").mapTo(Long.class).one());
            long othersRead = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM declarations WHERE lane IN ('RED', 'YELLOW') AND status IN ('ASSESSED', 'UNDER_INSPECTION') AND NOT (lane = 'RED' AND status = 'ASSESSED')")
                    .mapTo(Long.class).one());
            Instant first = Instant.parse("2020-01-06T08:00:00Z"); // before anything of the demo data
            db.jdbi().useHandle(h -> h.createUpdate("""
                            INSERT INTO declarations (mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, lodged_at, updated_at)
                            SELECT '20GBQUEUE' || lpad(i::text, 6, '0'), 'trader1', 'GB100000000001', 'QUEUE-' || i, 'IMPORT', 'ASSESSED', 'RED',
                                   sha256(i::text::bytea), '{"transport":{"customsOffice":"GBQUE001"}}', CAST(:first AS timestamptz) + i * interval '1 minute', CAST(:first AS timestamptz) + i * interval '1 minute'
                            FROM generate_series(1, :n) AS i""")
                    .bind("first", first).bind("n", HELD).execute());
            ApiServer server = ApiServer.start(app, "127.0.0.1", 0);
            try {
                Api api = new Api(server.port());
                String token = api.signIn("officer1", "officer1");
                HttpResponse<String> queue = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + "/officer/queue?lane=RED"))
                        .header("Cookie", WebAuth.COOKIE + "=" + token).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(queue.statusCode()).isEqualTo(200);
                String html = queue.body();
                assertThat(html).contains("20GBQUEUE000001", "20GBQUEUE00" + String.format("%04d", QueuePage.MAX_HELD))
                        .doesNotContain("20GBQUEUE00" + String.format("%04d", QueuePage.MAX_HELD + 1))
                        .contains("the queue holds " + (HELD + heldBefore) + "; the oldest " + (QueuePage.MAX_HELD + othersRead) + " are read");
                assertThat(html.indexOf("20GBQUEUE000001")).isLessThan(html.indexOf("20GBQUEUE000002"));
            } finally {
                server.close();
            }
        }
    }
}
