package org.clearway.store.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.clearway.store.Sha256;

/** How an audit entry's hash is computed; shared by appending and verifying so both agree byte for byte. */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** PostgreSQL keeps microseconds; an entry is hashed with the instant exactly as it will be read back. */
    static Instant asStored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Each field is written as its UTF-8 length, ':' and its bytes, so no field can borrow characters
     * from its neighbour (("ab","c") and ("a","bc") hash differently). A null detail is length -1.
     */
    static String hash(String prevHash, long seq, Instant at, String actor, String action, String subject, String detail) {
        StringBuilder s = new StringBuilder(256);
        for (String field : new String[] {prevHash, Long.toString(seq), asStored(at).toString(), actor, action, subject, detail}) {
            if (field == null) {
                s.append("-1:");
            } else {
                s.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
            }
            s.append('|');
        }
        return Sha256.hex(s.toString());
    }
}
