package org.clearway.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDateTime;
import java.util.List;
import org.clearway.formats.json.Decoded;

/**
 * Any bytes at all: decoding gives Ok or Invalid and never throws, and whatever it gives can be
 * answered (CUSRES or CONTRL) with an interchange that itself reads without syntax errors. In a normal
 * build this runs the seed corpus in src/test/resources/.../CusdecFuzzTestInputs/decodeNeverThrows
 * (regression mode); fuzz for real with JAZZER_FUZZ=1 (see docs/formats.md).
 */
class CusdecFuzzTest {
    private static final EdifactCodec CODEC = new EdifactCodec();
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 28, 12, 0);

    @FuzzTest(maxDuration = "60s")
    void decodeNeverThrows(byte[] input) {
        Decoded decoded = CODEC.decode(input);
        assertThat(decoded).isNotNull();
        List<Decoded> each = CODEC.decodeEach(input);
        assertThat(each).isNotEmpty();
        byte[] answer = switch (decoded) {
            case Decoded.Ok ok -> CODEC.accepted(input, new Outcome.Accepted("26GB0000000000001A", ok.declaration().lrn() == null ? null
                    : ok.declaration().lrn().value(), "ASSESSED", "GREEN", List.of(), true), AT);
            case Decoded.Invalid(var problems) -> CODEC.refused(input, new Outcome.Refused("Refused", "fuzz", problems), AT);
        };
        assertThat(InterchangeReader.read(answer, false).allErrors()).as(new String(answer, java.nio.charset.StandardCharsets.ISO_8859_1)).isEmpty();
    }
}
