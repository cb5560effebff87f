package org.clearway.formats.edifact;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        EdifactCodec codec = new EdifactCodec();
        for (String f : List.of("cusdec-d96b-import.edi", "cusdec-d01b-import.edi", "cusdec-d96b-export.edi", "cusdec-d01b-interchange.edi",
                "broken-unt-count.edi", "broken-unknown-segment.edi", "broken-truncated.edi", "broken-unb.edi", "broken-charset.edi",
                "broken-element-too-long.edi", "invalid-values.edi", "invalid-hs-unknown.edi")) {
            byte[] b = Samples.bytes(f);
            System.out.println("=== " + f);
            codec.decodeEach(b).forEach(d -> System.out.println(d));
            var d = codec.decode(b);
            if (d instanceof org.clearway.formats.json.Decoded.Ok) {
                byte[] res = codec.accepted(b, new Outcome.Accepted("26GB000000000001A5", "LRN-1", "ASSESSED", "GREEN", List.of(new Outcome.Tax("CUD", new java.math.BigDecimal("12.50"), "GBP"), new Outcome.Tax("TOTAL", new java.math.BigDecimal("12.50"), "GBP")), true), LocalDateTime.of(2026, 11, 28, 12, 0));
                System.out.println(new String(res, StandardCharsets.ISO_8859_1));
                System.out.println(codec.read(res).allErrors());
            }
            if (d instanceof org.clearway.formats.json.Decoded.Invalid(var problems)) {
                System.out.println(new String(codec.refused(b, new Outcome.Refused("Rejected", "x", problems), LocalDateTime.of(2026, 11, 28, 12, 0)), StandardCharsets.ISO_8859_1));
            }
        }
    }
}
