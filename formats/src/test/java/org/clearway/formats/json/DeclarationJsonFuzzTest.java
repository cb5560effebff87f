package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Any bytes at all: decoding gives Ok or Invalid and never throws. In a normal build this runs the
 * seed corpus in src/test/resources/.../DeclarationJsonFuzzTestInputs/decodeNeverThrows (regression
 * mode); fuzz for real with JAZZER_FUZZ=1 (see docs/declaration-json.md).
 */
class DeclarationJsonFuzzTest {
    private static final DeclarationJsonCodec CODEC = new DeclarationJsonCodec();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @FuzzTest(maxDuration = "60s")
    void decodeNeverThrows(byte[] input) throws Exception {
        Decoded decoded = CODEC.decode(input);
        assertThat(decoded).isNotNull();
        if (decoded instanceof Decoded.Ok(var declaration)) {
            // Whatever decodes must encode, and its canonical form must decode to the same declaration.
            assertThat(CODEC.decode(CODEC.encode(declaration))).isEqualTo(decoded);
        } else if (decoded instanceof Decoded.Invalid(var problems)) {
            // The problems become a response body: they must always be writable as JSON.
            assertThat(MAPPER.writeValueAsBytes(AnswerJson.problems(problems))).isNotEmpty();
        }
    }
}
