package org.clearway.store.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.store.TestDatabase.unique;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
import org.clearway.store.profile.ProfileStatistics;
import org.clearway.store.profile.ProfileStatisticsJdbc;
import org.junit.jupiter.api.Test;

class InspectionRepositoryJdbcTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30Z");
    private final Database db = TestDatabase.shared();
    private final AuditLogJdbc audit = new AuditLogJdbc(db);
    private final DeclarationRepositoryJdbc declarations = new DeclarationRepositoryJdbc(db, audit, Clock.systemUTC());
    private final InspectionRepositoryJdbc inspections = new InspectionRepositoryJdbc(db, audit);
    private final ProfileStatisticsJdbc statistics = new ProfileStatisticsJdbc(db);

    @Test
    void anOfficerRecordsEachKindOfResultOnceAndItIsAudited() {
        String noDiscrepancy = lodge(Lane.YELLOW, "[]");
        String discrepancy = lodge(Lane.RED, "[]");
        String seizure = lodge(Lane.RED, "[]");
        var found = new InspectionResult.Discrepancy(Money.of("412.50", "GBP"), "undervalued by half");
        assertThat(inspections.record(noDiscrepancy, new InspectionResult.NoDiscrepancy(null), "officer1", T0)).isInstanceOf(RecordOutcome.Recorded.class);
        assertThat(inspections.record(discrepancy, found, "officer1", T0)).isInstanceOf(RecordOutcome.Recorded.class);
        assertThat(inspections.record(seizure, new InspectionResult.Seizure("counterfeit footwear", new Quantity(new BigDecimal("240"), "PR"), "fake trainers"),
                "officer1", T0)).isInstanceOf(RecordOutcome.Recorded.class);

        assertThat(inspections.find(discrepancy).orElseThrow().result()).isEqualTo(found);
        assertThat(inspections.find(seizure).orElseThrow().result()).isInstanceOfSatisfying(InspectionResult.Seizure.class,
                s -> assertThat(s.quantity().value()).isEqualByComparingTo("240"));
        assertThat(audit.latest(1).getFirst().detail()).contains("seizure of 240 PR counterfeit footwear");
        assertThat(inspections.record(discrepancy, new InspectionResult.NoDiscrepancy(null), "officer1", T0))
                .isInstanceOfSatisfying(RecordOutcome.Refused.class, r -> assertThat(r.message()).contains("already recorded"));
    }

    @Test
    void aGreenLaneDeclarationHasNoInspectionToRecord() {
        String green = lodge(Lane.GREEN, "[]");
        assertThat(inspections.record(green, new InspectionResult.NoDiscrepancy(null), "officer1", T0)).isInstanceOf(RecordOutcome.Refused.class);
        assertThat(inspections.record("26GB0000000000ZZZ0", new InspectionResult.NoDiscrepancy(null), "officer1", T0)).isInstanceOf(RecordOutcome.NotFound.class);
    }

    @Test
    void aProfileShowsItsSelectionsHitsHitRateAndRevenue() {
        long profile = 900_000 + (long) (Math.random() * 1_000_000);
        String reason = "[{\"code\":\"PROFILE_HIT\",\"lane\":\"RED\",\"text\":\"profile " + profile + " v2 \\\"x\\\": why\"}]";
        String other = "[{\"code\":\"PROFILE_HIT\",\"lane\":\"RED\",\"text\":\"profile " + profile + "1 v1 \\\"y\\\": not this one\"}]";
        String a = lodge(Lane.RED, reason), b = lodge(Lane.RED, reason), c = lodge(Lane.YELLOW, reason), d = lodge(Lane.RED, reason);
        lodge(Lane.RED, other);
        inspections.record(a, new InspectionResult.Discrepancy(Money.of("100.00", "GBP"), null), "officer1", T0);
        inspections.record(b, new InspectionResult.Discrepancy(Money.of("50.25", "GBP"), null), "officer1", T0);
        inspections.record(c, new InspectionResult.NoDiscrepancy(null), "officer1", T0);
        inspections.record(d, new InspectionResult.Seizure("tobacco", new Quantity(new BigDecimal("10"), "KGM"), null), "officer1", T0);
        lodge(Lane.RED, reason); // selected, not yet inspected

        ProfileStatistics s = statistics.of(profile);
        assertThat(s.selections()).isEqualTo(5);
        assertThat(s.inspected()).isEqualTo(4);
        assertThat(s.hits()).isEqualTo(3);
        assertThat(s.hitRate()).isEqualTo(0.75);
        assertThat(s.revenueRecovered()).isEqualByComparingTo("150.25");
        assertThat(statistics.of(profile + 7_000_000).hitRate()).isNull();
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
