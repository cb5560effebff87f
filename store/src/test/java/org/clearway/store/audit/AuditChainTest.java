package org.clearway.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.clearway.store.Sha256;
import org.junit.jupiter.api.Test;

/** The chain's hash, streamed field by field into the digest, is the hash of the text it was computed from before. */
class AuditChainTest {
    /** As it was written first: the whole "len:field|" text built, then hashed. */
    private static String former(String prevHash, long seq, Instant at, String actor, String action, String subject, String detail) {
        StringBuilder s = new StringBuilder(256);
        for (String field : new String[] {prevHash, Long.toString(seq), AuditChain.asStored(at).toString(), actor, action, subject, detail}) {
            if (field == null) s.append("-1:");
            else s.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
            s.append('|');
        }
        return Sha256.hex(s.toString());
    }

    @Test
    void theStreamedHashIsTheFormerOneForAnyFields() {
        Random random = new Random(1129);
        String[] pieces = {"", "a", "declaration.lodge-batch", "Zoë 北京 😀", "\ud800", "\udc00x", "|", ":", "-1:", "\u0000", "{\"mrn\":\"26GB\"}"};
        for (int n = 0; n < 5_000; n++) {
            String[] f = new String[5];
            for (int i = 0; i < f.length; i++) {
                if (i > 0 && random.nextInt(8) == 0) continue; // null (actor, action and subject are never null in use, detail often is)
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(50) == 0) b.append("x".repeat(200_000));
                f[i] = b.toString();
            }
            Instant at = Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(1_000_000_000));
            long seq = random.nextLong(1, Long.MAX_VALUE);
            assertThat(AuditChain.hash(f[0] == null ? "" : f[0], seq, at, f[1], f[2], f[3], f[4]))
                    .as("case %d", n).isEqualTo(former(f[0] == null ? "" : f[0], seq, at, f[1], f[2], f[3], f[4]));
        }
    }
}
