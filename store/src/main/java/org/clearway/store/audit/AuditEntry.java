package org.clearway.store.audit;

import java.time.Instant;

/** One entry of the audit log, as stored: what was done, by whom, to what, chained to the entry before. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String prevHash, String hash) {
}
