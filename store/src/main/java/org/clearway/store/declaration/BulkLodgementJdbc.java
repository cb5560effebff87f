package org.clearway.store.declaration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.store.Database;
import org.clearway.store.SqlStates;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Lodges many declarations at once, for bulk manifests: one transaction per batch, the rows written
 * with PostgreSQL's COPY, and ONE audit entry per batch that names every MRN with its LRN, lane and
 * status and carries a SHA-256 over the batch's content hashes in MRN order.
 *
 * <p>Why one audit entry per batch rather than one per declaration: the chain is serialised by an
 * advisory lock, so per-declaration entries would hold that lock for the whole batch anyway while
 * adding a row, a hash and a round of chain bookkeeping per consignment; a batch entry keeps the
 * chain verifiable ({@code audit verify}), still names every declaration it recorded, and commits
 * to their contents, at a thousandth of the rows. The entry is appended last in the batch's
 * transaction (under the audit lock), so the batch and its entry commit together or not at all.
 */
public final class BulkLodgementJdbc {
    /** One declaration of a batch: what was lodged and what was decided for it. */
    public record Item(NewDeclaration declaration, Lodgement lodgement) {}

    private static final JsonFactory JSON = new JsonFactory();
    // The audit detail's field names, quoted once: the generator copies them instead of checking each for escapes every time.
    private static final SerializableString COUNT = new SerializedString("count"), DECLARATIONS = new SerializedString("declarations"),
            MRN = new SerializedString("mrn"), DECLARANT_ID = new SerializedString("declarantId"), LRN = new SerializedString("lrn"),
            TYPE = new SerializedString("type"), STATUS = new SerializedString("status"), LANE = new SerializedString("lane"),
            CONTENT_HASHES_SHA256 = new SerializedString("contentHashesSha256");
    private final Jdbi jdbi;
    private final AuditLogJdbc audit;

    public BulkLodgementJdbc(Database db, AuditLogJdbc audit) {
        this.jdbi = db.jdbi();
        this.audit = audit;
    }

    /** Key of a lodged declaration: the declarant and its LRN. */
    public record Key(String declarantId, String lrn) {}

    /** The content hashes of those of these declarations that are already stored, by declarant and LRN. */
    public Map<Key, String> storedHashes(List<Key> keys) {
        if (keys.isEmpty()) return Map.of();
        String[] ids = keys.stream().map(Key::declarantId).toArray(String[]::new);
        String[] lrns = keys.stream().map(Key::lrn).toArray(String[]::new);
        return jdbi.withHandle(h -> {
            Map<Key, String> found = new HashMap<>();
            h.createQuery("""
                            SELECT d.declarant_id, d.lrn, d.content_hash
                            FROM declarations d JOIN unnest(:ids, :lrns) AS k(declarant_id, lrn)
                                 ON d.declarant_id = k.declarant_id AND d.lrn = k.lrn""")
                    .bind("ids", ids).bind("lrns", lrns)
                    .map((rs, ctx) -> Map.entry(new Key(rs.getString(1), rs.getString(2)), rs.getString(3)))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
            return found;
        });
    }

    /** Takes {@code count} MRN sequence numbers at once (a batch that is not stored leaves a harmless gap). */
    public long[] nextMrnSequences(int count) {
        if (count == 0) return new long[0];
        return jdbi.withHandle(h -> h.createQuery("SELECT nextval('mrn_seq') FROM generate_series(1, :n)")
                .bind("n", count).mapTo(Long.class).list().stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Stores the batch (each declaration's row holds its lodgement's steps: no event rows) and its audit
     * entry in one transaction.
     *
     * @param subject what the audit entry is about, e.g. {@code manifest parcels.csv}
     * @throws LrnAlreadyUsed if one of the LRNs was lodged meanwhile (nothing of the batch is stored)
     */
    public void lodge(String actor, String subject, List<Item> batch, Instant at) {
        if (batch.isEmpty()) return;
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        try {
            jdbi.useTransaction(tx -> {
                copy(tx, "COPY declarations (" + DECLARATION_COLUMNS + ") FROM STDIN", declarationRows(batch, stored));
                audit.append(tx, actor, "declaration.lodge-batch", subject, auditDetail(batch), stored);
            });
        } catch (RuntimeException e) {
            if (SqlStates.isUniqueViolation(e, "declarations_declarant_lrn_unique")) {
                throw new LrnAlreadyUsed(batch.getFirst().declaration().declarantId(), "(one of the batch)");
            }
            throw e;
        }
    }

    /** Writes rows with COPY in binary form, streamed through a small buffer. */
    private static void copy(Handle tx, String sql, Rows rows) {
        try {
            CopyIn in = tx.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql + " WITH (FORMAT binary)");
            try {
                CopyBinary out = CopyBinary.to(in);
                rows.write(out);
                out.finish();
                in.endCopy();
            } finally {
                if (in.isActive()) in.cancelCopy();
            }
        } catch (java.sql.SQLException e) {
            throw new org.jdbi.v3.core.ConnectionException(e);
        }
    }

    /** What one COPY statement writes. */
    interface Rows {
        void write(CopyBinary out) throws java.sql.SQLException;
    }

    static final String DECLARATION_COLUMNS = "mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, assessment, version, lodged_at, updated_at,"
            + " lodgement_assessed, lodgement_released_lane";

    /** The declarations' rows, in the order of {@link #DECLARATION_COLUMNS}. */
    static Rows declarationRows(List<Item> batch, Instant at) {
        return out -> {
            for (Item item : batch) {
                NewDeclaration n = item.declaration();
                Lodgement l = item.lodgement();
                LodgementSteps steps = l.steps();
                out.row(15).text(l.mrn()).text(n.owner()).text(n.declarantId()).text(n.lrn()).text(n.type().name())
                        .text(l.status().name()).text(l.lane() == null ? null : l.lane().name()).text(n.contentHash())
                        .text(n.declarationJson()).text(l.assessmentJson()).int4(1).timestamp(at).timestamp(at)
                        .text(steps.assessment()).text(steps.releasedIn() == null ? null : steps.releasedIn().name());
            }
        };
    }

    /**
     * {@code {"count":N,"declarations":[{"mrn","declarantId","lrn","type","status","lane"}, ...],"contentHashesSha256":HEX}}:
     * streamed, the same text as the tree a mapper serialised before (BulkLodgementJdbcTest holds it to
     * that; the audit chain hashes this text), which was a third of the writer thread's samples.
     */
    static String auditDetail(List<Item> batch) {
        MessageDigest digest = sha256();
        try (SegmentedStringWriter out = new SegmentedStringWriter(JSON._getBufferRecycler())) {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeFieldName(COUNT);
                g.writeNumber(batch.size());
                g.writeFieldName(DECLARATIONS);
                g.writeStartArray();
                for (Item item : batch) {
                    Lodgement l = item.lodgement();
                    NewDeclaration n = item.declaration();
                    g.writeStartObject();
                    text(g, MRN, l.mrn());
                    text(g, DECLARANT_ID, n.declarantId());
                    text(g, LRN, n.lrn());
                    text(g, TYPE, n.type().name());
                    text(g, STATUS, l.status().name());
                    text(g, LANE, l.lane() == null ? null : l.lane().name());
                    g.writeEndObject();
                    digest.update(n.contentHash().getBytes(StandardCharsets.US_ASCII));
                }
                g.writeEndArray();
                g.writeFieldName(CONTENT_HASHES_SHA256);
                g.writeString(HexFormat.of().formatHex(digest.digest()));
                g.writeEndObject();
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
    }

    /** A text field; null as JSON null, as the tree's {@code put(field, (String) null)} wrote it. */
    private static void text(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        if (value == null) g.writeNull();
        else g.writeString(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
