package org.clearway.store.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.store.TestDatabase.unique;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.inspection.InspectionResult;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.risk.Lane;
import org.clearway.store.Database;
import org.clearway.store.Sha256;
import org.clearway.store.TestDatabase;
import org.clearway.store.audit.AuditLogJdbc;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
import org.clearway.store.declaration.Lodgement;
import org.clearway.store.declaration.NewDeclaration;
import org.clearway.store.inspection.InspectionRepositoryJdbc;
import org.junit.jupiter.api.Test;

/** The statistics of each profile on a known history, found through the index on the selecting profiles (V6). */
class ProfileStatisticsJdbcTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30Z");
    private final Database db = TestDatabase.shared();
    private final AuditLogJdbc audit = new AuditLogJdbc(db);
    private final DeclarationRepositoryJdbc declarations = new DeclarationRepositoryJdbc(db, audit, Clock.systemUTC());
    private final InspectionRepositoryJdbc inspections = new InspectionRepositoryJdbc(db, audit);
    private final ProfileStatisticsJdbc statistics = new ProfileStatisticsJdbc(db);

    private static String hit(long profile, int version) {
        return "{\"code\":\"PROFILE_HIT\",\"lane\":\"RED\",\"text\":\"profile " + profile + " v" + version + " \\\"x\\\": why\"}";
    }

    private static String score(long profile) {
        return "{\"code\":\"PROFILE_SCORE\",\"lane\":null,\"text\":\"profile " + profile + " v1 \\\"s\\\" (+40 points): cheap\"}";
    }

    @Test
    void eachProfileCountsTheDeclarationsItsReasonsNameAndTheirResults() {
        long p = 5_000_000 + (long) (Math.random() * 1_000_000) * 10, q = p + 1, longer = p * 10 + 1; // "profile 5123" is not "profile 51231"
        String random = "{\"code\":\"RANDOM_SELECTION\",\"lane\":\"RED\",\"text\":\"profile " + p + " v1 is not a profile reason\"}";
        // p: 3 declarations (one by two versions in one decision), q: 2 (one shared with p, one by score), longer: 1
        String a = lodge(Lane.RED, "[" + hit(p, 1) + "," + hit(p, 2) + "]");
        String b = lodge(Lane.RED, "[" + hit(p, 2) + "," + score(q) + "]");
        String c = lodge(Lane.YELLOW, "[" + hit(p, 2) + "]");
        String d = lodge(Lane.YELLOW, "[" + score(q) + "]");
        String e = lodge(Lane.RED, "[" + hit(longer, 1) + "]");
        lodge(Lane.RED, "[" + random + "]");
        lodge(Lane.GREEN, "[]");
        inspections.record(a, new InspectionResult.Discrepancy(Money.of("100.00", "GBP"), null), "officer1", T0);
        inspections.record(b, new InspectionResult.Seizure("tobacco", new Quantity(new BigDecimal("10"), "KGM"), null), "officer1", T0);
        inspections.record(c, new InspectionResult.NoDiscrepancy(null), "officer1", T0);
        inspections.record(d, new InspectionResult.Discrepancy(Money.of("12.30", "GBP"), null), "officer1", T0);

        ProfileStatistics sp = statistics.of(p);
        assertThat(List.of(sp.selections(), sp.inspected(), sp.hits())).containsExactly(3L, 3L, 2L);
        assertThat(sp.hitRate()).isEqualTo(2 / 3.0);
        assertThat(sp.revenueRecovered()).isEqualByComparingTo("100.00");
        ProfileStatistics sq = statistics.of(q);
        assertThat(List.of(sq.selections(), sq.inspected(), sq.hits())).containsExactly(2L, 2L, 2L);
        assertThat(sq.revenueRecovered()).isEqualByComparingTo("12.30");
        ProfileStatistics sl = statistics.of(longer);
        assertThat(List.of(sl.selections(), sl.inspected(), sl.hits())).containsExactly(1L, 0L, 0L);
        assertThat(sl.hitRate()).isNull();
        assertThat(e).isNotNull();
    }

    @Test
    void theQueryFindsAProfilesDeclarationsThroughTheIndex() {
        String plan = db.jdbi().withHandle(h -> {
            h.execute("SET enable_seqscan = off");
            try {
                return String.join("\n", h.createQuery("EXPLAIN " + ProfileStatisticsJdbc.QUERY).bind("id", 42L).mapTo(String.class).list());
            } finally {
                h.execute("RESET enable_seqscan");
            }
        });
        assertThat(plan).contains("declarations_selecting_profiles");
    }

    @Test
    void theFunctionReadsOnlyProfileReasons() {
        List<Long> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT unnest(selecting_profiles(CAST(:a AS text)))")
                .bind("a", "{\"laneDecision\":{\"reasons\":[" + hit(7, 1) + "," + score(7) + "," + hit(12, 3)
                        + ",{\"code\":\"PROFILE_HIT\",\"text\":\"not a profile 9 v1\"},{\"code\":\"WATCHLIST_MATCH\",\"text\":\"profile 5 v1\"}]}}")
                .mapTo(Long.class).list());
        assertThat(ids).containsExactlyInAnyOrder(7L, 12L);
        int none = db.jdbi().withHandle(h -> h.createQuery("SELECT cardinality(selecting_profiles(CAST('{\"amountsDue\":{}}' AS text)))")
                .mapTo(Integer.class).one());
        assertThat(none).isZero();
    }

    private String lodge(Lane lane, String reasonsJson) {
        String declarant = "GB" + unique();
        String json = "{\"lrn\":\"L1\",\"declarant\":\"" + declarant + "\"}";
        var n = new NewDeclaration("trader1", declarant, "L1", DeclarationType.IMPORT, Sha256.hex(json), json, "trader1", T0);
        return declarations.lodge(n, sequence -> {
            String mrn = Mrn.of(2026, "GB", sequence).value();
            boolean releasedAtOnce = Lifecycle.statusAfterAssessment(lane) == DeclarationStatus.RELEASED;
            return new Lodgement(mrn, lane, "{\"laneDecision\":{\"lane\":\"" + lane + "\",\"reasons\":" + reasonsJson + "}}",
                    new org.clearway.core.lifecycle.LodgementSteps(T0, "trader1", "lane " + lane, releasedAtOnce ? lane : null));
        }).mrn();
    }
}
