package org.clearway.analytics.kcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes at all: reading a KCS file gives rows or a DataFileException naming a line, never any
 * other exception. In a normal build this runs the seed corpus in
 * src/test/resources/.../KcsReaderFuzzTestInputs/readNeverFailsOtherwise; fuzz for real with JAZZER_FUZZ=1.
 */
class KcsReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void readNeverFailsOtherwise(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        for (KcsReader.Labels labels : KcsReader.Labels.values()) {
            try {
                KcsData d = KcsReader.read(new StringReader(text), "fuzz.csv", labels);
                assertThat(d.items()).allSatisfy(i -> assertThat(i.declarationId()).isNotEmpty());
                if (d.labelled()) assertThat(d.outcomes()).hasSameSizeAs(d.items());
            } catch (DataFileException e) {
                assertThat(e.getMessage()).startsWith("fuzz.csv: line ");
            }
        }
    }
}
