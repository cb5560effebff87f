package org.clearway.formats.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.clearway.formats.json.Decoded;

/**
 * Any bytes at all, as CSV and as JSON lines: reading gives lines with a declaration or a non-empty
 * problem list, never an exception, and never more lines than the input has line breaks plus one.
 * In a normal build this runs the seed corpus in src/test/resources/.../ManifestFuzzTestInputs/;
 * fuzz for real with JAZZER_FUZZ=1.
 */
class ManifestFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void csvNeverThrows(byte[] input) throws Exception {
        readAll(input, ManifestFormat.CSV);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLinesNeverThrow(byte[] input) throws Exception {
        readAll(input, ManifestFormat.JSONL);
    }

    private static void readAll(byte[] input, ManifestFormat format) throws Exception {
        long breaks = 0;
        for (byte b : input) if (b == '\n') breaks++;
        long count = 0;
        try (ManifestReader reader = ManifestReader.open(new ByteArrayInputStream(input), format)) {
            for (Optional<ManifestLine> line = reader.next(); line.isPresent(); line = reader.next()) {
                count++;
                assertThat(line.get().line()).isBetween(1L, breaks + 1);
                if (line.get().decoded() instanceof Decoded.Invalid(var problems)) assertThat(problems).isNotEmpty();
            }
        }
        assertThat(count).isLessThanOrEqualTo(breaks + 1);
    }
}
