package org.clearway.formats.wco;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clearway.formats.json.Decoded;

/**
 * Any bytes at all: decoding gives Ok or Invalid and never throws. In a normal build this runs the
 * seed corpus in src/test/resources/.../DecDmsFuzzTestInputs/decodeNeverThrows (regression mode);
 * fuzz for real with JAZZER_FUZZ=1 (see docs/formats.md).
 */
class DecDmsFuzzTest {
    private static final DecDmsCodec CODEC = new DecDmsCodec();

    @FuzzTest(maxDuration = "60s")
    void decodeNeverThrows(byte[] input) {
        Decoded decoded = CODEC.decode(input);
        assertThat(decoded).isNotNull();
        if (decoded instanceof Decoded.Ok(var declaration)) {
            // Whatever decodes must encode to a document that decodes to the same declaration.
            assertThat(CODEC.decode(CODEC.encode(declaration))).isEqualTo(decoded);
        } else if (decoded instanceof Decoded.Invalid(var problems)) {
            assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isNotBlank());
        }
    }
}
