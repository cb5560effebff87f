package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TariffLoadingTest {

    @Test
    void htsParseCoverageIsAtLeastNinetyNinePercent() {
        LoadedTariff hts = Tariffs.bundled("us-hts-2024");
        assertThat(hts.rateTexts()).isGreaterThan(35_000);
        assertThat(hts.coverage()).isGreaterThanOrEqualTo(0.99);
        assertThat(hts.unparsed()).allSatisfy(u -> assertThat(u.column().equals("special")
                ? RateTextParser.parseSpecial(u.text()).isEmpty() : RateTextParser.parse(u.text()).isEmpty()).isTrue());
        assertThat(hts.computable() + hts.references() + hts.unparsed().size()).isEqualTo(hts.rateTexts());
    }

    @Test
    void htsHierarchyAndUnits() {
        Tariff hts = Tariffs.bundled("us-hts-2024").tariff();
        var found = (TariffLookup.Found) hts.lookup("6109100012");
        assertThat(found.line().description()).isEqualTo("Men's (338)");
        assertThat(found.line().units()).containsExactly("doz.", "kg");
        assertThat(found.measuresFrom().code()).isEqualTo("61091000");
    }

    @Test
    void csvKeepsLineBreaksAndQuotesInsideQuotedFields() {
        var rows = TariffCsv.read(new StringReader("\uFEFFa,b\n\"Free \n(AU)\",\"say \"\"hi\"\"\"\r\nx,\n"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("Free \n(AU)", "say \"hi\"");
        assertThat(rows.get(2)).containsExactly("x", "");
    }

    @Test
    void aMalformedNeutralTariffNamesTheFileAndTheProblem() {
        Map<String, String> files = Map.of("settings.csv", "key,value\nid,x\nname,x\ncountry,XX\ncurrency,EUR\nvaluation_basis,CIF\n"
                + "vat_percent,20\nvat_base,customs_value\nduty_de_minimis,0\ntax_de_minimis,0\nlow_value_ceiling,0\n",
                "lines.csv", "code,indent,description,units\n0101,0,Horses,\n",
                "measures.csv", "code,measure_type,area,expression,valid_from,valid_to,legal_base\n0102,THIRD_COUNTRY_DUTY,1011,5%,,,\n");
        TariffSource source = f -> Optional.ofNullable(files.get(f)).map(StringReader::new);
        assertThatThrownBy(() -> TariffReader.read(source)).hasMessageContaining("measures.csv row 2: no line 0102");
        TariffSource noSettings = f -> Optional.empty();
        assertThatThrownBy(() -> TariffReader.read(noSettings)).hasMessageContaining("no settings.csv");
    }
}
