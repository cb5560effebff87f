package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {
    @Test
    void problemPathsReadAsFieldNamesWithItemsCountedFromOne() {
        assertThat(FieldLabels.label("items[0].hsCode")).isEqualTo("Item 1 › Commodity code (HS)");
        assertThat(FieldLabels.label("importer.address.country")).isEqualTo("Importer › Address › Country");
        assertThat(FieldLabels.label("lrn")).isEqualTo("Your reference (LRN)");
    }

    @Test
    void unknownNamesAndOddPathsStayAsSent() {
        assertThat(FieldLabels.label("items[2].colour")).isEqualTo("Item 3 › colour");
        assertThat(FieldLabels.label("$.weird path")).isEqualTo("$.weird path");
        assertThat(FieldLabels.label("")).isEqualTo("The whole file");
        assertThat(FieldLabels.label(null)).isEqualTo("The whole file");
    }

    @Test
    void findsTheValueSentAtThePath() throws Exception {
        var json = new ObjectMapper().readTree("{\"items\":[{\"hsCode\":\"847199\"},{\"hsCode\":\"999999\"}],\"invoice\":{\"amount\":\"10.00\"}}");
        assertThat(FieldLabels.valueAt(json, "items[1].hsCode")).isEqualTo("999999");
        assertThat(FieldLabels.valueAt(json, "invoice.amount")).isEqualTo("10.00");
        assertThat(FieldLabels.valueAt(json, "invoice")).isEmpty();
        assertThat(FieldLabels.valueAt(json, "items[5].hsCode")).isEmpty();
        assertThat(FieldLabels.valueAt(null, "lrn")).isEmpty();
    }
}
