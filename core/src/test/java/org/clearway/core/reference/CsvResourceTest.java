package org.clearway.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvResourceTest {

    @Test
    void splitsPlainRowsKeepingEmptyAndTrailingFields() {
        assertThat(CsvResource.split("2025-05-09,1.1252,N/A,,")).containsExactly("2025-05-09", "1.1252", "N/A", "", "");
    }

    @Test
    void quotedFieldsMayHoldCommasAndDoubledQuotes() {
        assertThat(CsvResource.split("XVI,847130,\"Machines; portable, \"\"light\"\"\",8471,6"))
                .containsExactly("XVI", "847130", "Machines; portable, \"light\"", "8471", "6");
    }

    @Test
    void theHeaderLosesItsByteOrderMark() {
        assertThat(CsvResource.header("hs/harmonized-system-hs2017.csv")).first().isEqualTo("section");
    }

    @Test
    void rowsComeWithoutTheHeader() {
        List<List<String>> rows = new ArrayList<>();
        CsvResource.forEachRow("countries/country-codes.csv", rows::add);
        assertThat(rows).first().isEqualTo(List.of("AD", "Andorra"));
        assertThat(rows).noneMatch(row -> row.getFirst().equals("alpha2"));
    }

    @Test
    void aMissingFileIsAPackagingFault() {
        assertThatThrownBy(() -> CsvResource.forEachRow("nope.csv", row -> {}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope.csv");
    }
}
