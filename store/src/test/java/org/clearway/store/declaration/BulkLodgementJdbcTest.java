package org.clearway.store.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearway.store.TestDatabase.unique;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.lifecycle.EventType;
import org.clearway.core.risk.Lane;
import org.clearway.store.Database;
import org.clearway.store.TestDatabase;
import org.clearway.store.audit.AuditEntry;
import org.clearway.store.audit.AuditLogJdbc;
import org.clearway.store.audit.VerifyResult;
import org.junit.jupiter.api.Test;

class BulkLodgementJdbcTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123456Z");
    private final Database db = TestDatabase.shared();
    private final AuditLogJdbc audit = new AuditLogJdbc(db);
    private final BulkLodgementJdbc bulk = new BulkLodgementJdbc(db, audit);
    private final DeclarationRepositoryJdbc declarations = new DeclarationRepositoryJdbc(db, audit, Clock.systemUTC());

    private List<BulkLodgementJdbc.Item> batch(String declarant, String... lrns) {
        long[] sequences = bulk.nextMrnSequences(lrns.length);
        List<BulkLodgementJdbc.Item> items = new ArrayList<>();
        for (int i = 0; i < lrns.length; i++) {
            long sequence = sequences[i];
            // text with control characters, non-ASCII letters and, on the second, more than the COPY buffer
            // holds (64 KiB), to prove they arrive as written
            NewDeclaration n = Lodging.declaration("trader1", declarant, lrns[i], DeclarationType.LOW_VALUE, T0);
            NewDeclaration tricky = new NewDeclaration(n.owner(), n.declarantId(), n.lrn(), n.type(), n.contentHash(),
                    "{\"lrn\":\"" + lrns[i] + "\",\"note\":\"tab\\there, back\\\\slash, line\\nbreak, Zoë 北京 😀\""
                            + (i == 1 ? ",\"long\":\"" + "x".repeat(100_000) + "\"" : "") + "}", n.actor(), n.at());
            items.add(new BulkLodgementJdbc.Item(tricky, Lodging.inLane(i % 2 == 0 ? Lane.GREEN : Lane.RED, T0, "trader1").apply(sequence)));
        }
        return items;
    }

    @Test
    void a_batch_is_stored_with_its_events_and_one_chained_audit_entry_naming_every_mrn() throws Exception {
        String declarant = "GB" + unique();
        List<BulkLodgementJdbc.Item> items = batch(declarant, "B-1", "B-2", "B-3");
        bulk.lodge("trader1", "manifest test.csv", items, T0);

        for (BulkLodgementJdbc.Item item : items) {
            StoredDeclaration stored = declarations.find(item.lodgement().mrn()).orElseThrow();
            assertThat(stored.lrn()).isEqualTo(item.declaration().lrn());
            assertThat(stored.status()).isEqualTo(item.lodgement().status());
            assertThat(stored.lane()).isEqualTo(item.lodgement().lane());
            assertThat(stored.lodgedAt()).isEqualTo(T0);
            assertThat(stored.declarationJson()).isEqualTo(item.declaration().declarationJson());
            assertThat(new ObjectMapper().readTree(stored.declarationJson()).path("note").asText()).isEqualTo("tab\there, back\\slash, line\nbreak, Zoë 北京 😀");
            assertThat(declarations.events(stored.mrn())).extracting(e -> e.type())
                    .containsExactlyElementsOf(item.lodgement().steps().events().stream().map(e -> e.type()).toList());
            assertThat(declarations.events(stored.mrn())).extracting(e -> e.at())
                    .containsExactlyElementsOf(item.lodgement().steps().events().stream().map(e -> e.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS)).toList());
        }
        assertThat(declarations.events(items.get(0).lodgement().mrn())).extracting(e -> e.type()).contains(EventType.RELEASED);

        AuditEntry entry = audit.latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("declaration.lodge-batch");
        assertThat(entry.subject()).isEqualTo("manifest test.csv");
        JsonNode detail = new ObjectMapper().readTree(entry.detail());
        assertThat(detail.path("count").asInt()).isEqualTo(3);
        assertThat(detail.path("declarations").findValuesAsText("mrn")).containsExactlyElementsOf(items.stream().map(i -> i.lodgement().mrn()).toList());
        assertThat(detail.path("contentHashesSha256").asText()).hasSize(64);
        assertThat(audit.verify()).isInstanceOf(VerifyResult.Intact.class);
    }

    @Test
    void a_batch_flushed_later_is_stored_as_one_flushed_at_commit_and_the_end_of_an_import_is_recorded() throws Exception {
        String declarant = "GB" + unique();
        List<BulkLodgementJdbc.Item> items = batch(declarant, "L-1", "L-2");
        bulk.lodge("trader1", "manifest later.csv", BulkLodgementJdbc.Batch.of(items, T0), BulkLodgementJdbc.Flush.LATER);
        for (BulkLodgementJdbc.Item item : items) {
            assertThat(declarations.find(item.lodgement().mrn())).get().extracting(d -> d.lrn()).isEqualTo(item.declaration().lrn());
        }
        assertThat(audit.latest(1).getFirst().action()).isEqualTo("declaration.lodge-batch");
        // synchronous_commit = off was for that transaction alone: the connections keep the server's setting.
        String setting = db.jdbi().withHandle(h -> h.createQuery("SHOW synchronous_commit").mapTo(String.class).one());
        assertThat(setting).isEqualTo("on");

        bulk.recordImport("trader1", "manifest later.csv", 2, 1, 3, null, T0);
        AuditEntry done = audit.latest(1).getFirst();
        assertThat(done.action()).isEqualTo("manifest.import");
        assertThat(done.subject()).isEqualTo("manifest later.csv");
        assertThat(done.detail()).isEqualTo("{\"accepted\":2,\"skipped\":1,\"rejected\":3}");

        bulk.recordImport("trader1", "manifest later.csv", 0, 0, 0, "server said \"no\"\n", T0);
        JsonNode failed = new ObjectMapper().readTree(audit.latest(1).getFirst().detail());
        assertThat(failed.path("failed").asText()).isEqualTo("server said \"no\"\n");
        assertThat(audit.verify()).isInstanceOf(VerifyResult.Intact.class);
    }

    @Test
    void mrn_sequence_numbers_are_taken_as_asked_and_never_twice() throws Exception {
        assertThat(bulk.nextMrnSequences(0)).isEmpty();
        long[] one = bulk.nextMrnSequences(1_000);
        assertThat(one).hasSize(1_000);
        for (int i = 1; i < one.length; i++) assertThat(one[i]).as("number %d", i).isGreaterThan(one[i - 1]);
        // two threads taking batches at once get no number twice
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> bulk.nextMrnSequences(2_000));
            var b = pool.submit(() -> bulk.nextMrnSequences(2_000));
            java.util.Set<Long> all = new java.util.HashSet<>();
            for (long[] taken : List.of(one, a.get(), b.get())) for (long x : taken) assertThat(all.add(x)).as("%d taken once", x).isTrue();
            assertThat(all).hasSize(5_000);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void stored_hashes_tell_which_consignments_are_already_lodged() {
        String declarant = "GB" + unique();
        List<BulkLodgementJdbc.Item> items = batch(declarant, "H-1", "H-2");
        bulk.lodge("trader1", "manifest h.csv", items, T0);
        Map<BulkLodgementJdbc.Key, String> found = bulk.storedHashes(List.of(
                new BulkLodgementJdbc.Key(declarant, "H-1"), new BulkLodgementJdbc.Key(declarant, "H-9"),
                new BulkLodgementJdbc.Key("GB" + unique(), "H-2")));
        assertThat(found).containsOnlyKeys(new BulkLodgementJdbc.Key(declarant, "H-1"));
        assertThat(found.values()).containsExactly(items.getFirst().declaration().contentHash());
    }

    @Test
    void a_batch_with_an_lrn_already_lodged_stores_nothing_not_even_its_audit_entry() {
        String declarant = "GB" + unique();
        bulk.lodge("trader1", "manifest first.csv", batch(declarant, "D-2"), T0);
        long auditBefore = audit.latest(1).getFirst().seq();
        List<BulkLodgementJdbc.Item> second = batch(declarant, "D-1", "D-2");

        assertThatThrownBy(() -> bulk.lodge("trader1", "manifest second.csv", second, T0)).isInstanceOf(LrnAlreadyUsed.class);

        assertThat(declarations.findByLrn(declarant, "D-1")).isEmpty();
        assertThat(declarations.find(second.getFirst().lodgement().mrn())).isEmpty();
        assertThat(audit.latest(1).getFirst().seq()).isEqualTo(auditBefore);
    }

    @Test
    void events_only_name_lodged_declarations_and_a_declaration_with_events_keeps_its_mrn_and_cannot_be_deleted() {
        // V8 checks the events' MRNs once per statement instead of a foreign key per row; the rule is the same.
        List<BulkLodgementJdbc.Item> items = batch("GB" + unique(), "F-1");
        bulk.lodge("trader1", "manifest f.csv", items, T0);
        String mrn = items.getFirst().lodgement().mrn();
        String unknown = "26GB" + unique();
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO declaration_events (mrn, type, at, actor, to_status) VALUES (?, 'SUBMITTED', now(), 'trader1', 'ACCEPTED'), (?, 'SUBMITTED', now(), 'trader1', 'ACCEPTED')",
                mrn, unknown)))
                .hasMessageContaining(unknown).satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        assertThat(declarations.events(mrn)).hasSize(items.getFirst().lodgement().steps().events().size());
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM declarations WHERE mrn = ?", mrn)))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE declarations SET mrn = ? WHERE mrn = ?", unknown, mrn)))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        // an event recorded after lodgement (a row, unlike the lodgement's steps) keeps its MRN too
        db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO declaration_events (mrn, type, at, actor, from_status, to_status) VALUES (?, 'INSPECTION_STARTED', now(), 'officer1', 'ASSESSED', 'UNDER_INSPECTION')", mrn));
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE declaration_events SET mrn = ? WHERE mrn = ?", unknown, mrn)))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        assertThat(declarations.find(mrn)).isPresent();
        assertThat(declarations.events(mrn)).extracting(e -> e.type()).endsWith(EventType.INSPECTION_STARTED)
                .hasSize(items.getFirst().lodgement().steps().events().size() + 1);
    }

    @Test
    void the_lodgement_steps_kept_in_the_row_are_history_and_cannot_be_changed() {
        List<BulkLodgementJdbc.Item> items = batch("GB" + unique(), "H-1", "H-2");
        bulk.lodge("trader1", "manifest h.csv", items, T0);
        String green = items.get(0).lodgement().mrn();
        String red = items.get(1).lodgement().mrn();
        assertThat(declarations.events(red)).extracting(e -> e.type()).containsExactly(EventType.SUBMITTED, EventType.ASSESSED);
        assertThat(declarations.events(green)).extracting(e -> e.type()).containsExactly(EventType.SUBMITTED, EventType.ASSESSED, EventType.RELEASED);
        assertThat(declarations.events(green).getLast().detail()).isEqualTo("released automatically: GREEN lane");
        // The ASSESSED detail is kept as '' and read from the assessment (V12), which may then be
        // replaced only by an update that writes the detail out; after that the text is history too.
        assertThat(lodgementAssessed(red)).isEmpty();
        assertThat(declarations.events(red).get(1).detail()).isEqualTo("lane RED: test; amounts due 12.50 EUR");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE declarations SET assessment = '{}' WHERE mrn = ?", red)))
                .hasMessageContaining("written out").satisfies(e -> assertThat(sqlState(e)).isEqualTo("23000"));
        db.jdbi().useHandle(h -> h.execute(
                "UPDATE declarations SET assessment = '{}', lodgement_assessed = 'lane RED: test; amounts due 12.50 EUR' WHERE mrn = ?", red));
        assertThat(declarations.events(red).get(1).detail()).isEqualTo("lane RED: test; amounts due 12.50 EUR");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE declarations SET lodgement_assessed = 'lane GREEN: nothing' WHERE mrn = ?", red)))
                .hasMessageContaining("history").satisfies(e -> assertThat(sqlState(e)).isEqualTo("23000"));
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE declarations SET lodgement_assessed = '' WHERE mrn = ?", red)))
                .hasMessageContaining("history").satisfies(e -> assertThat(sqlState(e)).isEqualTo("23000"));
        // the content hash is its 32 bytes, read as hex
        assertThat(declarations.find(green).orElseThrow().contentHash()).isEqualTo(items.get(0).declaration().contentHash()).hasSize(64);
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE declarations SET content_hash = '\\xabcd' WHERE mrn = ?", green)))
                .hasMessageContaining("declarations_content_hash_sha256").satisfies(e -> assertThat(sqlState(e)).isEqualTo("23514"));
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE declarations SET lodgement_released_lane = 'GREEN' WHERE mrn = ?", red)))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23000"));
        // a released lane without the assessment it followed is refused by the table's check
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO declarations (mrn, owner, declarant_id, lrn, type, status, content_hash, declaration, lodged_at, updated_at, lodgement_released_lane)"
                        + " VALUES ('26GB000000000ZZZZ1', 'trader1', 'GB1', 'X', 'IMPORT', 'RELEASED', sha256('x'), '{}', now(), now(), 'GREEN')")))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23514"));
        // the status and lane of a declaration still change as it moves on
        db.jdbi().useHandle(h -> h.execute("UPDATE declarations SET status = 'UNDER_INSPECTION' WHERE mrn = ?", red));
        assertThat(declarations.find(red).orElseThrow().status()).isEqualTo(org.clearway.core.lifecycle.DeclarationStatus.UNDER_INSPECTION);
    }

    /** The audit detail as it was written before it was streamed: a mapper's tree. */
    private static String treeAuditDetail(List<BulkLodgementJdbc.Item> batch) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode detail = mapper.createObjectNode();
        detail.put("count", batch.size());
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        com.fasterxml.jackson.databind.node.ArrayNode list = detail.putArray("declarations");
        for (BulkLodgementJdbc.Item item : batch) {
            Lodgement l = item.lodgement();
            NewDeclaration n = item.declaration();
            list.addObject().put("mrn", l.mrn()).put("declarantId", n.declarantId()).put("lrn", n.lrn())
                    .put("type", n.type().name()).put("status", l.status().name())
                    .put("lane", l.lane() == null ? null : l.lane().name());
            digest.update(n.contentHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        detail.put("contentHashesSha256", java.util.HexFormat.of().formatHex(digest.digest()));
        return mapper.writeValueAsString(detail);
    }

    @Test
    void the_streamed_audit_detail_is_the_text_the_tree_writer_made_so_the_chain_hashes_the_same() throws Exception {
        java.util.Random random = new java.util.Random(1128);
        String[] lrns = {"P-1", "Zoë \"quoted\" \\ 北京 😀", "tab\there\nline", "lone \ud800 surrogate", "x".repeat(300)};
        for (int round = 0; round < 200; round++) {
            List<BulkLodgementJdbc.Item> items = new ArrayList<>();
            for (int i = random.nextInt(40); i >= 0; i--) {
                DeclarationType type = DeclarationType.values()[random.nextInt(DeclarationType.values().length)];
                String declarant = random.nextInt(20) == 0 ? "GB\"odd\\ \u0001 é" : "GB" + random.nextInt(1_000_000); // codes are checked before; the writer still quotes
                NewDeclaration n = Lodging.declaration("trader1", declarant, lrns[random.nextInt(lrns.length)] + i, type, T0);
                Lodgement l = Lodging.inLane(Lane.values()[random.nextInt(Lane.values().length)], T0, "trader1").apply(random.nextLong(1, 1_000_000));
                if (random.nextInt(10) == 0) l = new Lodgement(l.mrn(), null, l.assessmentJson(), l.steps());
                items.add(new BulkLodgementJdbc.Item(n, l));
            }
            assertThat(BulkLodgementJdbc.auditDetail(items)).as("round %d", round).isEqualTo(treeAuditDetail(items));
        }

        // And stored: the chained entry carries that text, and the chain verifies.
        List<BulkLodgementJdbc.Item> items = batch("GB" + unique(), "A-1", "A-2", "A-3");
        bulk.lodge("trader1", "manifest a.csv", items, T0);
        assertThat(audit.latest(1).getFirst().detail()).isEqualTo(treeAuditDetail(items));
        assertThat(audit.verify()).isInstanceOf(VerifyResult.Intact.class);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof java.sql.SQLException sql) return sql.getSQLState();
        return null;
    }

    private String lodgementAssessed(String mrn) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT lodgement_assessed FROM declarations WHERE mrn = :m")
                .bind("m", mrn).mapTo(String.class).one());
    }
}
