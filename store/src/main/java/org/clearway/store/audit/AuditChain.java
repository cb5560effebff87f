package org.clearway.store.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.security.MessageDigest;
import java.util.HexFormat;
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
        // Streamed into the digest field by field: the same bytes as the text "len:field|..." encoded
        // whole (a lone surrogate becomes '?' either way, and every field ends at a '|'), without
        // copying a batch's detail (140 kB for 1,000 consignments) three times first.
        MessageDigest digest = Sha256.digest();
        for (String field : new String[] {prevHash, Long.toString(seq), asStored(at).toString(), actor, action, subject, detail}) {
            if (field == null) {
                digest.update(NULL_FIELD);
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            digest.update((byte) '|');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final byte[] NULL_FIELD = "-1:".getBytes(StandardCharsets.US_ASCII);

}
