package org.clearway.store.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearway.store.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The audit log in PostgreSQL: an append-only chain where each entry's hash covers the previous
 * entry's hash. Appends are serialised by a transaction-scoped advisory lock so that seq is gapless
 * and each entry links to the one committed before it.
 *
 * <p>The chain alone detects an entry altered or removed in the middle. It cannot detect the newest
 * entries being removed (the shortened chain is still a valid chain); that needs the latest seq and
 * hash kept somewhere else (e.g. published or signed periodically).
 */
public final class AuditLogJdbc {
    /** Advisory lock key for audit appends ("CLRWAUDT" read as a number); any fixed value would do. */
    private static final long APPEND_LOCK = 0x434C5257_41554454L;

    private final Jdbi jdbi;

    public AuditLogJdbc(Database db) {
        this.jdbi = db.jdbi();
    }

    /**
     * Appends an entry within the caller's transaction; it becomes part of the chain when that
     * transaction commits. Call it last in the transaction: the lock is held until commit.
     */
    public AuditEntry append(Handle tx, String actor, String action, String subject, String detail, Instant at) {
        if (!tx.isInTransaction()) throw new IllegalStateException("an audit entry is appended inside the transaction of the change it records");
        tx.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) AS locked").bind("key", APPEND_LOCK).mapTo(Integer.class).one();
        // Only what the chain needs of the last entry: its detail can be long (a bulk batch's names every consignment).
        Optional<Map.Entry<Long, String>> last = tx.createQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> Map.entry(rs.getLong("seq"), rs.getString("hash"))).findOne();
        long seq = last.map(e -> e.getKey() + 1).orElse(1L);
        String prevHash = last.map(Map.Entry::getValue).orElse(AuditChain.GENESIS);
        Instant stored = AuditChain.asStored(at);
        String hash = AuditChain.hash(prevHash, seq, stored, actor, action, subject, detail);
        tx.createUpdate("""
                INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)
                VALUES (:seq, :at, :actor, :action, :subject, :detail, :prevHash, :hash)""")
                .bind("seq", seq).bind("at", stored).bind("actor", actor).bind("action", action)
                .bind("subject", subject).bind("detail", detail).bind("prevHash", prevHash).bind("hash", hash)
                .execute();
        return new AuditEntry(seq, stored, actor, action, subject, detail, prevHash, hash);
    }

    /** Appends an entry in a transaction of its own, for events that change nothing else (e.g. a login). */
    public AuditEntry append(String actor, String action, String subject, String detail, Instant at) {
        return jdbi.inTransaction(tx -> append(tx, actor, action, subject, detail, at));
    }

    /** Walks the chain in seq order and reports the first entry that is altered, missing or unlinked. */
    public VerifyResult verify() {
        return jdbi.inTransaction(tx -> {
            try (ResultIterator<AuditEntry> it = tx.createQuery("SELECT * FROM audit_log ORDER BY seq")
                    .setFetchSize(1000).map(AuditLogJdbc::entry).iterator()) {
                long expected = 1;
                String prevHash = AuditChain.GENESIS;
                for (; it.hasNext(); expected++) {
                    AuditEntry e = it.next();
                    if (e.seq() != expected) return new VerifyResult.Missing(expected);
                    if (!e.prevHash().equals(prevHash)) return new VerifyResult.BrokenLink(e.seq());
                    String recomputed = AuditChain.hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.detail());
                    if (!recomputed.equals(e.hash())) return new VerifyResult.Altered(e.seq());
                    prevHash = e.hash();
                }
                return new VerifyResult.Intact(expected - 1);
            }
        });
    }

    /** The newest entries, newest first, e.g. for an administrator's page. */
    public List<AuditEntry> latest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY seq DESC LIMIT :limit")
                .bind("limit", limit).map(AuditLogJdbc::entry).list());
    }

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
