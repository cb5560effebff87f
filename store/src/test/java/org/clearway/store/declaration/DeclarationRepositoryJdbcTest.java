package org.clearway.store.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearway.store.TestDatabase.unique;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.EventType;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.lifecycle.Transition;
import org.clearway.core.risk.Lane;
import org.clearway.store.Database;
import org.clearway.store.Page;
import org.clearway.store.TestDatabase;
import org.clearway.store.audit.AuditLogJdbc;
import org.junit.jupiter.api.Test;

class DeclarationRepositoryJdbcTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");

    private final Database db = TestDatabase.shared();
    private final AuditLogJdbc audit = new AuditLogJdbc(db);
    private final DeclarationRepositoryJdbc declarations = new DeclarationRepositoryJdbc(db, audit, Clock.systemUTC());

    @Test
    void aLodgedDeclarationIsFoundByItsMrnAndByTheDeclarantsLrn() {
        String declarant = "GB" + unique();
        StoredDeclaration lodged = declarations.lodge(
                Lodging.declaration("trader1", declarant, "INV-2026-001", DeclarationType.IMPORT, T0),
                Lodging.inLane(Lane.RED, T0, "trader1"));

        assertThat(lodged.status()).isEqualTo(DeclarationStatus.ASSESSED);
        assertThat(lodged.version()).isEqualTo(1);
        StoredDeclaration byMrn = declarations.find(lodged.mrn()).orElseThrow();
        assertThat(byMrn).isEqualTo(lodged);
        // stored as json: the very text given (the canonical text its content hash was computed from)
        assertThat(byMrn.declarationJson()).isEqualTo("{\"lrn\":\"INV-2026-001\",\"declarant\":\"" + declarant + "\",\"type\":\"IMPORT\"}");
        assertThat(byMrn.lodgedAt()).isEqualTo(T0);
        assertThat(declarations.findByLrn(declarant, "INV-2026-001")).contains(lodged);
        assertThat(declarations.findByLrn(declarant, "INV-2026-002")).isEmpty();
        assertThat(declarations.find("26GB0000000000ZZZ0")).isEmpty();
    }

    @Test
    void theSameLrnLodgedTwiceByOneDeclarantIsRefusedAndNothingOfTheSecondIsStored() {
        String declarant = "GB" + unique();
        StoredDeclaration first = declarations.lodge(
                Lodging.declaration("trader1", declarant, "LRN-1", DeclarationType.IMPORT, T0), Lodging.inLane(Lane.GREEN, T0, "trader1"));
        long auditBefore = audit.latest(1).getFirst().seq();

        assertThatThrownBy(() -> declarations.lodge(
                Lodging.declaration("trader1", declarant, "LRN-1", DeclarationType.EXPORT, T0), Lodging.inLane(Lane.RED, T0, "trader1")))
                .isInstanceOf(LrnAlreadyUsed.class)
                .hasMessageContaining(declarant).hasMessageContaining("LRN-1");

        assertThat(declarations.findByLrn(declarant, "LRN-1")).contains(first);
        assertThat(audit.latest(1).getFirst().seq()).isEqualTo(auditBefore);
        // another declarant may use the same LRN
        declarations.lodge(Lodging.declaration("trader2", "GB" + unique(), "LRN-1", DeclarationType.IMPORT, T0), Lodging.inLane(Lane.GREEN, T0, "trader2"));
    }

    @Test
    void twoConcurrentLodgementsOfOneLrnStoreOneAndTellTheOtherItWasAlreadyUsed() throws Exception {
        String declarant = "GB" + unique();
        CountDownLatch bothDeciding = new CountDownLatch(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<StoredDeclaration>> attempts = List.of(1, 2).stream().map(i -> pool.submit(() -> declarations.lodge(
                    Lodging.declaration("trader1", declarant, "RACE", DeclarationType.IMPORT, T0),
                    sequence -> {
                        bothDeciding.countDown();
                        try {
                            bothDeciding.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        return Lodging.inLane(Lane.GREEN, T0, "trader1").apply(sequence);
                    }))).toList();
            int stored = 0;
            int refused = 0;
            for (Future<StoredDeclaration> attempt : attempts) {
                try {
                    attempt.get(20, TimeUnit.SECONDS);
                    stored++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(LrnAlreadyUsed.class);
                    refused++;
                }
            }
            assertThat(stored).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        }
        assertThat(declarations.list(DeclarationQuery.all().withDeclarantId(declarant)).total()).isEqualTo(1);
    }

    @Test
    void listsOfARareStatusOrLaneAreFoundThroughTheirPartialIndexes() {
        // V10 indexes status and lane only for rows not RELEASED and not GREEN; the list query must
        // name the value so that PostgreSQL can use them (a bound parameter would hide it)
        assertThat(plan(DeclarationQuery.all().withLane(Lane.RED))).contains("declarations_lane_lodged");
        assertThat(plan(DeclarationQuery.all().withStatus(DeclarationStatus.UNDER_INSPECTION))).contains("declarations_status_lodged");
        assertThat(plan(DeclarationQuery.all().withLane(Lane.GREEN))).doesNotContain("declarations_lane_lodged");
    }

    private String plan(DeclarationQuery q) {
        Map<String, Object> args = new LinkedHashMap<>();
        String where = DeclarationRepositoryJdbc.where(q, args);
        return db.jdbi().inTransaction(h -> {
            h.execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", h.createQuery("EXPLAIN SELECT mrn FROM declarations" + where + " ORDER BY lodged_at DESC, mrn DESC LIMIT 50")
                    .bindMap(args).mapTo(String.class).list());
        });
    }

    @Test
    void theListIsFilteredNewestFirstPagedAndRestrictedToTheOwner() {
        String owner = "broker" + unique();
        String declarant = "GB" + unique();
        String other = "other" + unique();
        for (int i = 0; i < 5; i++) {
            Lane lane = i % 2 == 0 ? Lane.RED : Lane.GREEN;
            DeclarationType type = i < 4 ? DeclarationType.IMPORT : DeclarationType.LOW_VALUE;
            Instant at = T0.plus(i, ChronoUnit.HOURS);
            declarations.lodge(Lodging.declaration(owner, declarant, "L" + i, type, at), Lodging.inLane(lane, at, owner));
        }
        declarations.lodge(Lodging.declaration(other, "GB" + unique(), "L0", DeclarationType.IMPORT, T0), Lodging.inLane(Lane.RED, T0, other));

        Page<StoredDeclaration> mine = declarations.list(DeclarationQuery.all().withOwner(owner));
        assertThat(mine.total()).isEqualTo(5);
        assertThat(mine.items()).extracting(StoredDeclaration::lrn).containsExactly("L4", "L3", "L2", "L1", "L0");
        assertThat(mine.items()).allMatch(d -> d.owner().equals(owner));

        Page<StoredDeclaration> second = declarations.list(DeclarationQuery.all().withOwner(owner).withPage(2, 2));
        assertThat(second.items()).extracting(StoredDeclaration::lrn).containsExactly("L2", "L1");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hasNext()).isTrue();
        Page<StoredDeclaration> beyond = declarations.list(DeclarationQuery.all().withOwner(owner).withPage(2, 10));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);

        assertThat(declarations.list(DeclarationQuery.all().withOwner(owner).withLane(Lane.RED)).items())
                .extracting(StoredDeclaration::lrn).containsExactly("L4", "L2", "L0");
        assertThat(declarations.list(DeclarationQuery.all().withOwner(owner).withStatus(DeclarationStatus.RELEASED)).items())
                .extracting(StoredDeclaration::lrn).containsExactly("L3", "L1");
        assertThat(declarations.list(DeclarationQuery.all().withOwner(owner).withType(DeclarationType.LOW_VALUE)).items())
                .extracting(StoredDeclaration::lrn).containsExactly("L4");
        assertThat(declarations.list(DeclarationQuery.all().withDeclarantId(declarant)
                        .withLodged(T0.plus(1, ChronoUnit.HOURS), T0.plus(3, ChronoUnit.HOURS))).items())
                .extracting(StoredDeclaration::lrn).containsExactly("L2", "L1");
        assertThat(declarations.list(DeclarationQuery.all().withOwner(other).withDeclarantId(declarant)).total()).isZero();
    }

    @Test
    void aQueueListsOldestFirstAndItsFirstPageHoldsTheDeclarationsWaitingLongest() {
        String owner = "queue" + unique();
        for (int i = 0; i < 5; i++) {
            Instant at = T0.plus(i, ChronoUnit.MINUTES);
            declarations.lodge(Lodging.declaration(owner, "GB" + unique(), "Q" + i, DeclarationType.IMPORT, at), Lodging.inLane(Lane.RED, at, owner));
        }
        DeclarationQuery held = DeclarationQuery.all().withOwner(owner).withLane(Lane.RED).withStatus(DeclarationStatus.ASSESSED);

        assertThat(declarations.list(held.withPage(2, 0).withOldestFirst()).items()).extracting(StoredDeclaration::lrn).containsExactly("Q0", "Q1");
        assertThat(declarations.list(held.withOldestFirst().withPage(2, 2)).items()).extracting(StoredDeclaration::lrn).containsExactly("Q2", "Q3");
        assertThat(declarations.list(held.withPage(2, 0)).items()).extracting(StoredDeclaration::lrn).containsExactly("Q4", "Q3");
        assertThat(declarations.list(held.withOldestFirst()).total()).isEqualTo(5);
    }

    @Test
    void anOfficerReleasesAnAssessedDeclarationAndTheChangeIsVersionedWithItsEventsAndAudit() {
        StoredDeclaration lodged = declarations.lodge(
                Lodging.declaration("trader1", "GB" + unique(), "R-1", DeclarationType.IMPORT, T0), Lodging.inLane(Lane.RED, T0, "trader1"));
        Instant later = T0.plus(2, ChronoUnit.HOURS);

        ActResult result = declarations.act(lodged.mrn(), "officer1", d -> switch (Lifecycle.startInspection(d.status())) {
            case Transition.Refused r -> new Change.Refuse(r.message());
            case Transition.Moved m -> new Change.Apply(m.to(), null, null, null, null,
                    List.of(new DeclarationEvent(m.event(), later, "officer1", d.status(), m.to(), "physical examination")),
                    "declaration.inspect", "{\"by\":\"officer1\"}");
        });

        StoredDeclaration inspected = ((ActResult.Applied) result).declaration();
        assertThat(inspected.status()).isEqualTo(DeclarationStatus.UNDER_INSPECTION);
        assertThat(inspected.lane()).isEqualTo(Lane.RED);
        assertThat(inspected.version()).isEqualTo(2);
        assertThat(inspected.declarationJson()).isEqualTo(lodged.declarationJson());
        assertThat(inspected.assessmentJson()).contains("\"lane\":\"RED\"");
        assertThat(inspected.contentHash()).isEqualTo(lodged.contentHash());
        assertThat(inspected.updatedAt()).isAfter(lodged.updatedAt());
        assertThat(declarations.find(lodged.mrn())).contains(inspected);
        assertThat(audit.latest(1).getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("declaration.inspect");
            assertThat(e.subject()).isEqualTo(lodged.mrn());
            assertThat(e.actor()).isEqualTo("officer1");
        });

        String amendedHash = org.clearway.store.Sha256.hex("{\"amended\":true}");
        ActResult amended = declarations.act(lodged.mrn(), "officer1", d -> new Change.Apply(DeclarationStatus.ASSESSED, Lane.YELLOW,
                "{\"amended\":true}", amendedHash, Lodging.assessment(Lane.YELLOW, "amended", "3.00 GBP"),
                List.of(new DeclarationEvent(EventType.REROUTED, later.plusSeconds(60), "officer1", d.status(), DeclarationStatus.ASSESSED, "documents suffice")),
                "declaration.reroute", "to YELLOW"));
        StoredDeclaration rerouted = ((ActResult.Applied) amended).declaration();
        assertThat(rerouted.lane()).isEqualTo(Lane.YELLOW);
        assertThat(rerouted.declarationJson()).isEqualTo("{\"amended\":true}");
        assertThat(rerouted.contentHash()).isEqualTo(amendedHash);
        assertThat(rerouted.assessmentJson()).isEqualTo(Lodging.assessment(Lane.YELLOW, "amended", "3.00 GBP"));
        assertThat(rerouted.version()).isEqualTo(3);
        // The lodgement's ASSESSED detail was derived from the assessment now replaced (V12): it was
        // written out by the same update, and the lodgement's events read as they did.
        assertThat(lodgementAssessed(lodged.mrn())).isEqualTo("lane RED: test; amounts due 12.50 EUR");
        assertThat(declarations.events(lodged.mrn())).filteredOn(e -> e.type() == EventType.ASSESSED)
                .extracting(DeclarationEvent::detail).containsExactly("lane RED: test; amounts due 12.50 EUR");
    }

    @Test
    void aDeclarationWhoseLodgementDetailIsKeptAsTextIsAssessedAgainWhateverItsAssessmentSays() {
        // as lodged before V12: the detail as text, and an assessment it is not derived from
        StoredDeclaration lodged = declarations.lodge(Lodging.declaration("trader1", "GB" + unique(), "T-1", DeclarationType.IMPORT, T0),
                sequence -> new Lodgement(org.clearway.core.declaration.Mrn.of(2026, "GB", sequence).value(), Lane.RED, "{\"lane\":\"RED\"}",
                        new org.clearway.core.lifecycle.LodgementSteps(T0, "trader1", "lane RED: kept as text; amounts due 1.00 EUR", null)));
        assertThat(lodgementAssessed(lodged.mrn())).isEqualTo("lane RED: kept as text; amounts due 1.00 EUR");
        ActResult amended = declarations.act(lodged.mrn(), "officer1", d -> new Change.Apply(DeclarationStatus.ASSESSED, Lane.YELLOW,
                null, null, Lodging.assessment(Lane.YELLOW, "amended", "3.00 GBP"),
                List.of(new DeclarationEvent(EventType.REROUTED, T0.plusSeconds(60), "officer1", d.status(), DeclarationStatus.ASSESSED, "documents suffice")),
                "declaration.reroute", "to YELLOW"));
        assertThat(amended).isInstanceOf(ActResult.Applied.class);
        assertThat(lodgementAssessed(lodged.mrn())).isEqualTo("lane RED: kept as text; amounts due 1.00 EUR");
        assertThat(declarations.events(lodged.mrn()).get(1).detail()).isEqualTo("lane RED: kept as text; amounts due 1.00 EUR");
    }

    @Test
    void aRefusedActionWritesNothingAndSaysWhy() {
        StoredDeclaration released = declarations.lodge(
                Lodging.declaration("trader1", "GB" + unique(), "G-1", DeclarationType.IMPORT, T0), Lodging.inLane(Lane.GREEN, T0, "trader1"));
        long auditBefore = audit.latest(1).getFirst().seq();

        ActResult result = declarations.act(released.mrn(), "officer1", d -> switch (Lifecycle.seize(d.status())) {
            case Transition.Refused r -> new Change.Refuse(r.message());
            case Transition.Moved m -> throw new AssertionError("a released declaration cannot be seized");
        });

        assertThat(result).isInstanceOfSatisfying(ActResult.Refused.class, r -> {
            assertThat(r.message()).contains("RELEASED");
            assertThat(r.current()).isEqualTo(released);
        });
        assertThat(declarations.find(released.mrn())).contains(released);
        assertThat(declarations.events(released.mrn())).hasSize(3);
        assertThat(audit.latest(1).getFirst().seq()).isEqualTo(auditBefore);
        assertThat(declarations.act("26GB0000000000ZZZ0", "officer1", d -> new Change.Refuse("never asked")))
                .isEqualTo(new ActResult.NotFound("26GB0000000000ZZZ0"));
    }

    @Test
    void theEventsOfADeclarationComeBackInTheOrderTheyHappened() {
        StoredDeclaration lodged = declarations.lodge(
                Lodging.declaration("trader1", "GB" + unique(), "E-1", DeclarationType.EXPORT, T0), Lodging.inLane(Lane.YELLOW, T0, "trader1"));
        Instant t1 = T0.plusSeconds(600);
        Instant t2 = T0.plusSeconds(1200);
        declarations.act(lodged.mrn(), "officer1", d -> new Change.Apply(DeclarationStatus.UNDER_INSPECTION, null, null, null, null,
                List.of(new DeclarationEvent(EventType.INSPECTION_STARTED, t1, "officer1", d.status(), DeclarationStatus.UNDER_INSPECTION, null)),
                "declaration.inspect", null));
        declarations.act(lodged.mrn(), "officer1", d -> new Change.Apply(DeclarationStatus.RELEASED, null, null, null, null,
                List.of(new DeclarationEvent(EventType.RELEASED, t2, "officer1", d.status(), DeclarationStatus.RELEASED, "documents in order")),
                "declaration.release", null));

        List<DeclarationEvent> events = declarations.events(lodged.mrn());
        assertThat(events).extracting(DeclarationEvent::type).containsExactly(
                EventType.SUBMITTED, EventType.ASSESSED, EventType.INSPECTION_STARTED, EventType.RELEASED);
        assertThat(events.getLast()).isEqualTo(
                new DeclarationEvent(EventType.RELEASED, t2, "officer1", DeclarationStatus.UNDER_INSPECTION, DeclarationStatus.RELEASED, "documents in order"));
        assertThat(events.getFirst().from()).isNull();
    }

    private String lodgementAssessed(String mrn) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT lodgement_assessed FROM declarations WHERE mrn = :m")
                .bind("m", mrn).mapTo(String.class).one());
    }
}
