package org.clearway.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.clearway.store.Database;
import org.clearway.store.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tampers with the chain by plain SQL, so it has a server of its own. */
class AuditLogJdbcTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456789Z");
    private static Database db;
    private static AuditLogJdbc audit;

    @BeforeAll
    static void start() {
        db = Database.embedded(TestDatabase.freshDataDir());
        audit = new AuditLogJdbc(db);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void fiveEntries() {
        db.jdbi().useHandle(h -> h.execute("TRUNCATE audit_log"));
        for (int i = 1; i <= 5; i++) {
            audit.append("officer" + i, "declaration.release", "26GB00000000000" + i, i == 3 ? null : "{\"n\":" + i + "}", T0.plusSeconds(i));
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        assertThat(audit.verify()).isEqualTo(new VerifyResult.Intact(5));
        assertThat(audit.latest(5)).extracting(AuditEntry::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        AuditEntry first = audit.latest(5).getLast();
        assertThat(first.prevHash()).isEqualTo("0".repeat(64));
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-02T09:15:31.123456Z"));
    }

    @Test
    void anAlteredEntryIsNamed() {
        db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET detail = '{\"n\":99}' WHERE seq = 3"));

        VerifyResult result = audit.verify();

        assertThat(result).isEqualTo(new VerifyResult.Altered(3));
        assertThat(result.message()).contains("entry 3 was altered");
    }

    @Test
    void anAlteredEntryWithARecomputedHashBreaksTheLinkOfTheNext() {
        db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'someone', hash = repeat('a', 64) WHERE seq = 2"));

        assertThat(audit.verify()).isEqualTo(new VerifyResult.Altered(2));
        db.jdbi().useHandle(h -> {
            AuditEntry two = h.createQuery("SELECT * FROM audit_log WHERE seq = 2").map((rs, ctx) -> new AuditEntry(2,
                    rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                    rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"))).one();
            String forged = AuditChain.hash(two.prevHash(), 2, two.at(), two.actor(), two.action(), two.subject(), two.detail());
            h.createUpdate("UPDATE audit_log SET hash = :hash WHERE seq = 2").bind("hash", forged).execute();
        });
        assertThat(audit.verify()).isEqualTo(new VerifyResult.BrokenLink(3));
    }

    @Test
    void aRemovedEntryIsNamed() {
        db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 3"));

        VerifyResult result = audit.verify();

        assertThat(result).isEqualTo(new VerifyResult.Missing(3));
        assertThat(result.message()).isEqualTo("entry 3 is missing");
    }

    @Test
    void removingTheFirstEntryIsDetectedToo() {
        db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 1"));
        assertThat(audit.verify()).isEqualTo(new VerifyResult.Missing(1));
    }

    @Test
    void fieldsCannotBeShiftedIntoTheirNeighbours() {
        assertThat(AuditChain.hash("0", 1, T0, "ab", "c", "s", null))
                .isNotEqualTo(AuditChain.hash("0", 1, T0, "a", "bc", "s", null));
        assertThat(AuditChain.hash("0", 1, T0, "a", "b", "s", null))
                .isNotEqualTo(AuditChain.hash("0", 1, T0, "a", "b", "s", ""));
    }

    @Test
    void appendsFromManyTransactionsAtOnceMakeOneGaplessChain() throws Exception {
        int threads = 4, each = 25;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        db.jdbi().useTransaction(tx -> audit.append(tx, "officer" + thread, "declaration.release", "26GB0000000001" + n,
                                "{\"t\":" + thread + "}", T0.plusSeconds(100 + n)));
                    }
                }));
            }
            for (var f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.latest(1).getFirst().seq()).isEqualTo(5L + threads * each);
        assertThat(audit.verify()).isInstanceOf(VerifyResult.Intact.class);
    }

    @Test
    void anEntryIsAppendedOnlyInsideTheTransactionOfItsChange() {
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> audit.append(h, "x", "y", "z", null, T0)))
                .isInstanceOf(IllegalStateException.class);
    }
}
