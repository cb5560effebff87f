package org.clearway.analytics.kcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The KCS file is read by column name; what is missing or malformed is named with its line. */
class KcsReaderTest {
    static final String HEADER = "Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,"
            + "Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,Tax Type,"
            + "Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud";
    static final String ROW = "97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,1,2";

    static KcsData read(String text, KcsReader.Labels labels) throws IOException {
        return KcsReader.read(new StringReader(text), "t.csv", labels);
    }

    @Test
    void a_row_becomes_an_item_and_its_outcome() throws IOException {
        KcsData d = read(HEADER + "\n" + ROW + "\n", KcsReader.Labels.REQUIRED);
        assertThat(d.items()).singleElement().satisfies(i -> {
            assertThat(i.declarationId()).isEqualTo("97061800");
            assertThat(i.date()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(i.importer()).isEqualTo("QLRUBN9");
            assertThat(i.courier()).isEmpty();
            assertThat(i.hs(4)).isEqualTo("4408");
            assertThat(i.netMassKg()).isEqualTo(108.0);
        });
        assertThat(d.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.fraud()).isTrue();
            assertThat(o.critical()).isEqualTo(2);
        });
    }

    @Test
    void a_file_to_score_may_lack_the_label_columns() throws IOException {
        String header = HEADER.replace(",Fraud,Critical Fraud", "");
        String row = ROW.substring(0, ROW.lastIndexOf(",1,2"));
        KcsData d = read(header + "\n" + row + "\n", KcsReader.Labels.OPTIONAL);
        assertThat(d.labelled()).isFalse();
        assertThat(d.items()).hasSize(1);
        assertThatThrownBy(() -> read(header + "\n" + row + "\n", KcsReader.Labels.REQUIRED))
                .isInstanceOf(DataFileException.class).hasMessage("t.csv: line 1: missing column 'Fraud'");
    }

    @Test
    void a_missing_column_is_named_with_line_one() {
        String header = HEADER.replace("Importer ID,", "");
        assertThatThrownBy(() -> read(header + "\n", KcsReader.Labels.OPTIONAL))
                .isInstanceOf(DataFileException.class).hasMessage("t.csv: line 1: missing column 'Importer ID'");
        assertThatThrownBy(() -> read(HEADER.replace("HS6 Code", "HS Code").replace("Net Mass", "Mass") + "\n", KcsReader.Labels.OPTIONAL))
                .hasMessage("t.csv: line 1: missing columns 'Net Mass', 'HS6 Code (or HS10 Code)'");
        assertThatThrownBy(() -> read("", KcsReader.Labels.OPTIONAL)).hasMessageContaining("line 1: the file is empty");
    }

    @Test
    void a_malformed_value_is_named_with_its_column_and_line() {
        String ok = HEADER + "\n" + ROW + "\n";
        assertThatThrownBy(() -> read(ok + ROW.replace("108.0", "heavy") + "\n", KcsReader.Labels.REQUIRED))
                .isInstanceOf(DataFileException.class).hasMessage("t.csv: line 3, column 'Net Mass': 'heavy' is not a number");
        assertThatThrownBy(() -> read(ok + ok.substring(HEADER.length() + 1).replace("2020-01-01", "01/01/2020"), KcsReader.Labels.REQUIRED))
                .hasMessage("t.csv: line 3, column 'Date': '01/01/2020' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> read(ok + ROW.replace(",1,2", ",yes,2") + "\n", KcsReader.Labels.REQUIRED))
                .hasMessage("t.csv: line 3, column 'Fraud': 'yes' is not an integer from 0 to 1");
        assertThatThrownBy(() -> read(ok + ROW.replace("440890", "44A890") + "\n", KcsReader.Labels.REQUIRED))
                .hasMessage("t.csv: line 3, column 'HS6 Code': '44A890' is not an HS code (digits)");
        assertThatThrownBy(() -> read(ok + ROW.replace("97061800,", ",") + "\n", KcsReader.Labels.REQUIRED))
                .hasMessage("t.csv: line 3, column 'Declaration ID': '' is not a value (it is required)");
        assertThatThrownBy(() -> read(ok + "1,2,3\n", KcsReader.Labels.REQUIRED))
                .hasMessage("t.csv: line 3: 3 fields, the header has 22");
    }

    @Test
    void columns_are_found_by_name_in_any_order_and_lost_leading_zeros_of_hs_codes_come_back() throws IOException {
        String header = "Fraud," + HEADER.replace(",Fraud", "");
        String row = "0," + ROW.replace(",1,2", ",2").replace("440890", "10620");
        KcsData d = read(header + "\n" + row + "\n", KcsReader.Labels.REQUIRED);
        assertThat(d.outcomes().getFirst().fraud()).isFalse();
        assertThat(d.items().getFirst().hsCode()).isEqualTo("010620");
        assertThat(d.items().getFirst().hs(2)).isEqualTo("01");
    }
}
