package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.clearway.app.Clearway;
import org.clearway.app.Main;
import org.clearway.app.http.ApiServer;
import org.clearway.store.Database;
import org.clearway.store.account.Role;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `clearway audit verify` finds the audit log intact after real use, and names the entry that was altered or removed. */
class AuditVerifyTest {

    record Run(int exitCode, String output) {}

    @Test
    void verify_says_intact_then_names_the_altered_and_the_missing_entry() {
        Path dir = Servers.freshDataDir();
        try (Clearway app = new Clearway(Database.embedded(dir), Servers.ALL_RED, Clock.systemUTC());
             ApiServer server = ApiServer.start(app, "127.0.0.1", 0)) {
            app.accounts().create("test", "trader1", Role.DECLARANT, Examples.TRADER1_PARTY, "Northwind", app.passwordHasher().hash("trader1"));
            app.accounts().create("test", "officer1", Role.OFFICER, null, "Officer", app.passwordHasher().hash("officer1"));
            Api api = new Api(server.port());
            String trader = api.signIn("trader1", "trader1");
            String officer = api.signIn("officer1", "officer1");
            for (int i = 0; i < 3; i++) {
                String mrn = api.lodge(trader, Examples.withFreshLrn("import-valid.json")).json().path("mrn").asText();
                assertThat(api.post("/api/v1/declarations/" + mrn + "/release", officer, "").status()).isEqualTo(200);
            }
            // beside the running server, verify connects to its database instead of failing on the locked directory
            Run beside = verify(dir);
            assertThat(beside.exitCode()).as(beside.output()).isZero();
            assertThat(beside.output()).contains("intact");
            assertThat(api.get("/api/health", null).json().path("database").asText()).isEqualTo("UP");
        }
        long entries = count(dir);
        assertThat(entries).isGreaterThanOrEqualTo(6);
        // who did what is on record: the trader's lodgements and the officer's releases
        assertThat(sql(dir, "SELECT count(*) FROM audit_log WHERE actor = 'trader1' AND action = 'declaration.lodge'")).isEqualTo("3");
        assertThat(sql(dir, "SELECT count(*) FROM audit_log WHERE actor = 'officer1' AND action = 'declaration.release'")).isEqualTo("3");

        Run intact = verify(dir);
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("intact").contains(entries + " entries");

        String original = sql(dir, "SELECT detail FROM audit_log WHERE seq = 3");
        update(dir, "UPDATE audit_log SET detail = 'x' WHERE seq = 3");
        Run altered = verify(dir);
        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.output()).contains("entry 3 was altered");

        // put it back: the chain is whole again
        update(dir, "UPDATE audit_log SET detail = " + (original == null ? "NULL" : "'" + original.replace("'", "''") + "'") + " WHERE seq = 3");
        assertThat(verify(dir).exitCode()).isZero();

        update(dir, "DELETE FROM audit_log WHERE seq = 4");
        Run missing = verify(dir);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.output()).contains("entry 4 is missing");
    }

    private static Run verify(Path dir) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            code = new CommandLine(new Main()).execute("audit", "verify", "--data-dir", dir.toString());
        } finally {
            System.setOut(out);
        }
        return new Run(code, captured.toString(StandardCharsets.UTF_8));
    }

    private static void update(Path dir, String sql) {
        try (Database db = Database.embedded(dir)) {
            int rows = db.jdbi().withHandle(h -> h.createUpdate(sql).execute());
            assertThat(rows).as(sql).isEqualTo(1);
        }
    }

    private static String sql(Path dir, String query) {
        try (Database db = Database.embedded(dir)) {
            return db.jdbi().withHandle(h -> h.createQuery(query).mapTo(String.class).one());
        }
    }

    private static long count(Path dir) {
        try (Database db = Database.embedded(dir)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
        }
    }
}
