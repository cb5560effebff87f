package org.clearway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.risk.Lane;
import org.clearway.store.audit.AuditLogJdbc;
import org.clearway.store.audit.VerifyResult;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
import org.clearway.store.declaration.Lodgement;
import org.clearway.store.declaration.NewDeclaration;
import org.clearway.store.declaration.StoredDeclaration;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DatabaseTest {
    private static final Logger log = LoggerFactory.getLogger(DatabaseTest.class);
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30Z");

    @Test
    void whatWasStoredIsStillThereAfterTheServerIsStoppedAndStartedAgainOnTheSameDataDirectory() {
        Path dataDir = TestDatabase.freshDataDir();
        StoredDeclaration lodged;
        try (Database first = Database.embedded(dataDir)) {
            log.info("cold start (initdb + migrations): {} ms", first.startTime().toMillis());
            var declarations = new DeclarationRepositoryJdbc(first, new AuditLogJdbc(first), Clock.systemUTC());
            lodged = declarations.lodge(
                    new NewDeclaration("trader1", "GB123456789000", "KEEP-ME", DeclarationType.IMPORT, org.clearway.store.Sha256.hex("{\"a\":1}"), "{\"a\":1}", "trader1", T0),
                    seq -> new Lodgement(Mrn.of(2026, "GB", seq).value(), Lane.GREEN, "{}",
                            new org.clearway.core.lifecycle.LodgementSteps(T0, "trader1", "lane GREEN: test; amounts due 0.00 GBP", Lane.GREEN)));
        }

        try (Database again = Database.embedded(dataDir)) {
            log.info("restart on existing data: {} ms", again.startTime().toMillis());
            var declarations = new DeclarationRepositoryJdbc(again, new AuditLogJdbc(again), Clock.systemUTC());
            assertThat(declarations.find(lodged.mrn())).contains(lodged);
            assertThat(new AuditLogJdbc(again).verify()).isEqualTo(new VerifyResult.Intact(1));
            // the MRN sequence carries on rather than starting over
            long next = again.jdbi().withHandle(h -> h.createQuery("SELECT nextval('mrn_seq')").mapTo(Long.class).one());
            assertThat(next).isGreaterThan(1);
        }
    }

    @Test
    void aDataDirectoryInUseByAnotherRunningClearwayIsRefusedWithAClearMessage() {
        Path dataDir = TestDatabase.freshDataDir();
        try (Database first = Database.embedded(dataDir)) {
            assertThatThrownBy(() -> Database.embedded(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another running Clearway")
                    .hasMessageContaining(dataDir.toString());
            int one = first.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            assertThat(one).isEqualTo(1);
        }
    }

    @Test
    void theServerLeftRunningByAKilledClearwayIsStoppedAndTheDataDirectoryUsedAgain() throws Exception {
        Path dataDir = TestDatabase.freshDataDir();
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), KilledClearway.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) { /* start-up logging */ }
            assertThat(line).isEqualTo("READY");
            child.destroyForcibly().waitFor(); // kill -9: no shutdown hook runs, PostgreSQL stays up
        }
        assertThat(Files.exists(dataDir.resolve("pg/postmaster.pid"))).isTrue();

        try (Database again = Database.embedded(dataDir)) {
            String note = again.jdbi().withHandle(h -> h.createQuery("SELECT note FROM left_behind").mapTo(String.class).one());
            assertThat(note).isEqualTo("still here");
        }
    }

    @Test
    void anExternalDatabaseIsReachedByItsJdbcUrlAndMigrated() {
        Database server = TestDatabase.shared();
        try (Database external = Database.external(server.jdbcUrl(), "postgres", "")) {
            assertThat(external.isEmbedded()).isFalse();
            int tables = external.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('declarations','declaration_events','accounts','tokens','audit_log')")
                    .mapTo(Integer.class).one());
            assertThat(tables).isEqualTo(5);
        }
    }

    @Test
    void theEmbeddedServerWritesDurably() {
        // zonky's defaults (fsync off, synchronous_commit off) would answer commits that a power cut can lose
        Database db = TestDatabase.shared();
        var settings = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT name || '=' || current_setting(name) FROM pg_settings"
                        + " WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'max_wal_size', 'shared_buffers') ORDER BY name")
                .mapTo(String.class).list());
        // and sized for bulk imports: fewer checkpoints, more of the tables' hot pages in memory
        assertThat(settings).containsExactly("fsync=on", "full_page_writes=on", "max_wal_size=4GB", "shared_buffers=256MB", "synchronous_commit=on");
    }

    @Test
    void theEmbeddedServersSettingsCanBeGivenAsSystemProperties() {
        var properties = new java.util.Properties();
        properties.setProperty("clearway.postgres.wal_buffers", "32MB");
        properties.setProperty("clearway.postgres.shared_buffers", "300MB");
        properties.setProperty("clearway.other", "not a server setting");
        assertThat(Database.serverSettingsFromProperties(properties)).containsExactly(
                java.util.Map.entry("shared_buffers", "300MB"), java.util.Map.entry("wal_buffers", "32MB"));
        properties.setProperty("clearway.postgres.x' -c y", "1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.serverSettingsFromProperties(properties))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a PostgreSQL setting name");

        // and a server started with one takes it, over Clearway's own
        System.setProperty("clearway.postgres.shared_buffers", "300MB");
        try (Database db = Database.embedded(TestDatabase.freshDataDir())) {
            String setting = db.jdbi().withHandle(h -> h.createQuery("SELECT current_setting('shared_buffers')").mapTo(String.class).one());
            assertThat(setting).isEqualTo("300MB");
        } finally {
            System.clearProperty("clearway.postgres.shared_buffers");
        }
    }

    @Test
    void aNewEmbeddedClusterComparesTextInCodePointOrderWithTheBuiltInCollation() {
        Database db = TestDatabase.shared();
        var locale = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT datlocprovider::text || ' ' || datlocale FROM pg_database WHERE datname = current_database()").mapTo(String.class).one());
        assertThat(locale).isEqualTo("b C.UTF-8");
        // code point order, the order of libc's C.UTF-8 before: capitals before small letters, é after z, 北 after é
        var sorted = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT string_agg(w, ' ' ORDER BY w) FROM unnest(ARRAY['zoë', 'Zoe', 'éa', 'za', '北京', 'a']) AS w").mapTo(String.class).one());
        assertThat(sorted).isEqualTo("Zoe a za zoë éa 北京");
        // and case mapping still knows letters beyond ASCII
        String upper = db.jdbi().withHandle(h -> h.createQuery("SELECT upper('zoë')").mapTo(String.class).one());
        assertThat(upper).isEqualTo("ZOË");
    }
}
