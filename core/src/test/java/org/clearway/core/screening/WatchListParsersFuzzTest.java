package org.clearway.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any bytes at all: each watch-list parser returns entries and problems and never throws, and whatever
 * it reads can be indexed and screened. In a normal build this runs the seed corpus in
 * src/test/resources/.../WatchListParsersFuzzTestInputs/&lt;method&gt; (regression mode); fuzz for real
 * with JAZZER_FUZZ=1 (see docs/screening.md).
 */
class WatchListParsersFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void sdnCsvNeverThrows(byte[] input) {
        check(SdnCsv.parse(input, "fuzz"));
    }

    @FuzzTest(maxDuration = "60s")
    void unXmlNeverThrows(byte[] input) {
        check(UnConsolidatedXml.parse(input, "fuzz"));
    }

    @FuzzTest(maxDuration = "60s")
    void importedCsvNeverThrows(byte[] input) {
        ParsedList p = ImportedListCsv.parse("fuzz-list", input, "fuzz");
        check(p);
        assertThat(p.ok() || p.list().entries().isEmpty()).as("a list with problems is refused whole").isTrue();
        assertThat(p.problems().size()).isLessThanOrEqualTo(ImportedListCsv.MAX_PROBLEMS + 2);
    }

    private static void check(ParsedList p) {
        assertThat(p).isNotNull();
        assertThat(p.problems()).allSatisfy(pr -> assertThat(pr.line()).isNotNegative());
        WatchListIndex index = WatchListIndex.of(List.of(p.list()));
        for (WatchListEntry e : p.list().entries().subList(0, Math.min(5, p.list().entries().size()))) {
            assertThat(index.match(e.name(), "GB")).isNotNull();
        }
    }
}
