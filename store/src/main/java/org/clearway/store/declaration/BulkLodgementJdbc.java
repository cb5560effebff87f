package org.clearway.store.declaration;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.store.Database;
import org.clearway.store.Sha256;
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
                            SELECT d.declarant_id, d.lrn, encode(d.content_hash, 'hex')
                            FROM declarations d JOIN unnest(:ids, :lrns) AS k(declarant_id, lrn)
                                 ON d.declarant_id = k.declarant_id AND d.lrn = k.lrn""")
                    .bind("ids", ids).bind("lrns", lrns)
                    .map((rs, ctx) -> Map.entry(new Key(rs.getString(1), rs.getString(2)), rs.getString(3)))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
            return found;
        });
    }

    /**
     * Takes {@code count} MRN sequence numbers at once (a batch that is not stored leaves a harmless gap).
     * Read with plain JDBC into the array: through a mapper, a list and a stream, the thousand boxed
     * numbers of a batch were about 3 % of a bulk import's reading thread.
     */
    public long[] nextMrnSequences(int count) {
        if (count == 0) return new long[0];
        return jdbi.withHandle(h -> {
            try (var st = h.getConnection().prepareStatement("SELECT nextval('mrn_seq') FROM generate_series(1, ?)")) {
                st.setInt(1, count);
                long[] sequences = new long[count];
                int n = 0;
                try (var rs = st.executeQuery()) {
                    while (rs.next()) sequences[n++] = rs.getLong(1);
                }
                if (n != count) throw new IllegalStateException("asked for " + count + " MRN sequence numbers, got " + n);
                return sequences;
            } catch (java.sql.SQLException e) {
                throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException("taking MRN sequence numbers: " + e.getMessage(), e, null);
            }
        });
    }

    /**
     * A batch made ready to store: its items, when they are lodged, the audit entry's detail and the
     * declarations' rows in COPY's binary form, in chunks of 64 KiB (none so large that G1 treats it
     * as a humongous object). Made by {@link #of} on the thread that prepares batches, so that the
     * writer only sends bytes: PostgreSQL's one backend storing the batches bounds a bulk import, and
     * it waited whenever the writer thread, encoding rows as it sent them, did not get a core.
     */
    public record Batch(List<Item> items, Instant at, String auditDetail, List<byte[]> rows) {
        public static Batch of(List<Item> items, Instant at) {
            Instant stored = at.truncatedTo(ChronoUnit.MICROS);
            if (items.isEmpty()) return new Batch(items, stored, null, List.of());
            List<byte[]> chunks = new ArrayList<>();
            try {
                CopyBinary out = new CopyBinary((bytes, n) -> chunks.add(Arrays.copyOf(bytes, n)), 1 << 16);
                writeRows(items, stored, out);
                out.finish();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("writing to memory does not fail", e);
            }
            return new Batch(items, stored, BulkLodgementJdbc.auditDetail(items), List.copyOf(chunks));
        }
    }

    /**
     * When a batch's commit reaches the disk.
     *
     * <ul>
     *   <li>{@link #AT_COMMIT}: the commit waits for it, as every other commit in Clearway does.</li>
     *   <li>{@link #LATER}: the commit returns once the batch is in PostgreSQL's WAL buffers
     *       ({@code synchronous_commit = off}, for that transaction alone). The server's WAL writer puts
     *       it on disk within about 0.6 s, and the next commit that waits for the disk (such as
     *       {@link #recordImport}) waits for it too, since the WAL is written in order. A crash of the
     *       server in between loses the batch whole, with its audit entry, and every batch committed
     *       after it: never a part of a batch, never a hole in the audit chain.</li>
     * </ul>
     */
    public enum Flush { AT_COMMIT, LATER }

    /**
     * Stores the batch (each declaration's row holds its lodgement's steps: no event rows) and its audit
     * entry in one transaction, on disk when this returns.
     *
     * @param subject what the audit entry is about, e.g. {@code manifest parcels.csv}
     * @throws LrnAlreadyUsed if one of the LRNs was lodged meanwhile (nothing of the batch is stored)
     */
    public void lodge(String actor, String subject, List<Item> batch, Instant at) {
        lodge(actor, subject, Batch.of(batch, at), Flush.AT_COMMIT);
    }

    /** As {@link #lodge(String, String, List, Instant)}, for a batch made ready beforehand, on disk as {@code flush} says. */
    public void lodge(String actor, String subject, Batch batch, Flush flush) {
        if (batch.items().isEmpty()) return;
        try {
            jdbi.useTransaction(tx -> {
                if (flush == Flush.LATER) tx.execute("SET LOCAL synchronous_commit = off");
                copy(tx, "COPY declarations (" + DECLARATION_COLUMNS + ") FROM STDIN", batch.rows());
                audit.append(tx, actor, "declaration.lodge-batch", subject, batch.auditDetail(), batch.at());
            });
        } catch (RuntimeException e) {
            if (SqlStates.isUniqueViolation(e, "declarations_declarant_lrn_unique")) {
                throw new LrnAlreadyUsed(batch.items().getFirst().declaration().declarantId(), "(one of the batch)");
            }
            throw e;
        }
    }

    /**
     * Records the end of a bulk import in the audit log ({@code manifest.import}: how many
     * consignments were accepted, skipped as stored already and rejected, and why it stopped if it
     * failed), committed waiting for the disk: when this returns, every batch the import committed
     * before, {@link Flush#LATER} or not, is on disk too.
     */
    public void recordImport(String actor, String subject, long accepted, long skipped, long rejected, String failure, Instant at) {
        StringBuilder detail = new StringBuilder(96).append("{\"accepted\":").append(accepted).append(",\"skipped\":").append(skipped)
                .append(",\"rejected\":").append(rejected);
        if (failure != null) {
            QUOTE.quoteAsString(failure, detail.append(",\"failed\":\""));
            detail.append('"');
        }
        audit.append(actor, "manifest.import", subject, detail.append('}').toString(), at);
    }

    /** Sends rows already in COPY's binary form (header and trailer included). */
    private static void copy(Handle tx, String sql, List<byte[]> chunks) {
        try {
            CopyIn in = tx.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql + " WITH (FORMAT binary)");
            try {
                for (byte[] chunk : chunks) in.writeToCopy(chunk, 0, chunk.length);
                in.endCopy();
            } finally {
                if (in.isActive()) in.cancelCopy();
            }
        } catch (java.sql.SQLException e) {
            throw new org.jdbi.v3.core.ConnectionException(e);
        }
    }

    static final String DECLARATION_COLUMNS = "mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, assessment, version, lodged_at, updated_at,"
            + " lodgement_assessed, lodgement_released_lane";

    /** The declarations' rows, in the order of {@link #DECLARATION_COLUMNS}. */
    private static void writeRows(List<Item> batch, Instant at, CopyBinary out) throws java.sql.SQLException {
        for (Item item : batch) {
            NewDeclaration n = item.declaration();
            Lodgement l = item.lodgement();
            LodgementSteps steps = l.steps();
            out.row(15).text(l.mrn()).text(n.owner()).text(n.declarantId()).text(n.lrn()).text(n.type().name())
                    .text(l.status().name()).text(l.lane() == null ? null : l.lane().name()).hex(n.contentHash())
                    .text(n.declarationJson()).text(l.assessmentJson()).int4(1).timestamp(at).timestamp(at)
                    .text(l.assessedAsStored()).text(steps.releasedIn() == null ? null : steps.releasedIn().name());
        }
    }

    /**
     * {@code {"count":N,"declarations":[{"mrn","declarantId","lrn","type","status","lane"}, ...],"contentHashesSha256":HEX}}:
     * written straight into one builder, the same text as the tree a mapper serialised before
     * (BulkLodgementJdbcTest holds it to that over tricky LRNs; the audit chain hashes this text).
     * MRN, declarant id, type, status and lane are codes (letters and digits); the LRN is quoted as
     * Jackson quotes it.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the copy of ASCII without a charset or an allocation
    public static String auditDetail(List<Item> batch) {
        MessageDigest digest = Sha256.digest();
        byte[] hex = new byte[64];
        StringBuilder out = new StringBuilder(64 + 160 * batch.size());
        out.append("{\"count\":").append(batch.size()).append(",\"declarations\":[");
        for (int i = 0; i < batch.size(); i++) {
            Lodgement l = batch.get(i).lodgement();
            NewDeclaration n = batch.get(i).declaration();
            if (i > 0) out.append(',');
            code(out.append("{\"mrn\":"), l.mrn());
            code(out.append(",\"declarantId\":"), n.declarantId());
            out.append(",\"lrn\":\"");
            QUOTE.quoteAsString(n.lrn(), out);
            // Type, status and lane are enum constants' names: Java identifiers, nothing to escape.
            out.append("\",\"type\":\"").append(n.type().name()).append("\",\"status\":\"").append(l.status().name()).append('"');
            if (l.lane() == null) out.append(",\"lane\":null}");
            else out.append(",\"lane\":\"").append(l.lane().name()).append("\"}");
            // the hash's 64 hex digits (ASCII, as NewDeclaration holds them) copied without a new array each
            n.contentHash().getBytes(0, hex.length, hex, 0);
            digest.update(hex);
        }
        out.append("],\"contentHashesSha256\":\"").append(HexFormat.of().formatHex(digest.digest())).append("\"}");
        return out.toString();
    }

    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    /** A code as a JSON string (null as JSON null); quoted by Jackson should it hold anything but letters, digits and plain punctuation. */
    private static void code(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                QUOTE.quoteAsString(value, out);
                out.append('"');
                return;
            }
        }
        out.append(value).append('"');
    }
}
