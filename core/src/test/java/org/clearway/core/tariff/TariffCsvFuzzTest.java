package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text as a tariff CSV: rows of fields, or (only for a quote left open) an IllegalArgumentException
 * that names the fault; nothing else is thrown. Seeds in TariffCsvFuzzTestInputs/parseNeverThrowsOtherwise.
 */
class TariffCsvFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parseNeverThrowsOtherwise(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (openQuote(text)) {
            assertThatThrownBy(() -> TariffCsv.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quoted");
        } else {
            assertThat(TariffCsv.parse(text)).allSatisfy(row -> assertThat(row).isNotEmpty());
        }
    }

    /** An odd number of quote characters leaves the last field open (a doubled quote counts two). */
    private static boolean openQuote(String text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 1;
    }
}
