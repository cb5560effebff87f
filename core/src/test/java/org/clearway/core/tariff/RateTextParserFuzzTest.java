package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Any text: the rate parsers answer (empty or an expression) and never throw, and what they read
 * writes back as text they read to the same expression. In a normal build this runs the seed corpus
 * in src/test/resources/.../RateTextParserFuzzTestInputs/parseNeverThrows; fuzz for real with JAZZER_FUZZ=1.
 */
class RateTextParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parseNeverThrows(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<DutyExpression> e = RateTextParser.parse(text);
        e.ifPresent(x -> assertThat(RateTextParser.parse(x.text()).map(DutyExpression::text)).contains(x.text()));
        assertThat(RateTextParser.parseSpecial(text)).isNotNull();
    }
}
