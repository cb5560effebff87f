package org.clearway.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database that holds declarations when a migration that rewrites their columns runs: built up to
 * the version before, in a schema of its own on the shared test server, given rows as that version
 * stored them, then migrated to the latest.
 */
class MigrationWithDataTest {
    private static final String HASH = "6d232adcba4c831868b93b91eab491e45dc3deab8bd7295afa0c6bfc888ce756";

    @Test
    void declarationsStoredBeforeV12KeepTheirHashAndTheirLodgementDetail() {
        Database db = TestDatabase.shared();
        String schema = "before_v12_" + TestDatabase.unique().toLowerCase();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser("postgres");
        flyway(ds, schema).target("11").load().migrate();
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO " + schema + ".declarations (mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration,"
                    + " assessment, lodged_at, updated_at, lodgement_assessed, lodgement_released_lane)"
                    + " VALUES ('26GB00000000000010', 'trader1', 'GB1', 'L-1', 'LOW_VALUE', 'RELEASED', 'GREEN', ?, '{}', '{}', now(), now(),"
                    + " 'lane GREEN: not selected; amounts due 1.00 GBP', 'GREEN')", HASH);
            h.execute("INSERT INTO " + schema + ".declarations (mrn, owner, declarant_id, lrn, type, status, content_hash, declaration, lodged_at, updated_at)"
                    + " VALUES ('26GB00000000000029', 'trader1', 'GB1', 'L-2', 'IMPORT', 'SUBMITTED', ?, '{}', now(), now())", HASH.toUpperCase());
        });

        flyway(ds, schema).load().migrate();

        var rows = db.jdbi().withHandle(h -> h.createQuery("SELECT mrn, encode(content_hash, 'hex') AS hash, length(content_hash) AS bytes,"
                        + " lodgement_assessed FROM " + schema + ".declarations ORDER BY mrn")
                .mapToMap().list());
        assertThat(rows).extracting(r -> r.get("hash")).containsExactly(HASH, HASH);
        assertThat(rows).extracting(r -> ((Number) r.get("bytes")).intValue()).containsExactly(32, 32);
        assertThat(rows).extracting(r -> r.get("lodgement_assessed"))
                .containsExactly("lane GREEN: not selected; amounts due 1.00 GBP", null);
        // as far as the server's own schema, which every test database is migrated to the latest
        assertThat(lastVersion(db, schema)).isEqualTo(lastVersion(db, "public"));
        db.jdbi().useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE"));
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(PGSimpleDataSource ds, String schema) {
        return Flyway.configure().dataSource(ds).schemas(schema).locations("classpath:db/migration");
    }

    private static String lastVersion(Database db, String schema) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version FROM " + schema + ".flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(String.class).one());
    }
}
