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

    private static final String SETTINGS = "key,value\nid,x\nname,x\ncountry,XX\ncurrency,EUR\nvaluation_basis,CIF\n"
            + "vat_percent,20\nvat_base,customs_value\nduty_de_minimis,0\ntax_de_minimis,0\nlow_value_ceiling,0\n";
    private static final String HEADER = "code,measure_type,area,expression,valid_from,valid_to,legal_base\n";

    private static TariffSource files(String settings, String groups, String measures) {
        Map<String, String> files = new java.util.HashMap<>(Map.of("settings.csv", settings,
                "lines.csv", "code,indent,description,units\n2204,0,Wine,\n22042100,1,Small,LTR\n", "measures.csv", HEADER + measures));
        if (groups != null) files.put("groups.csv", groups);
        return f -> Optional.ofNullable(files.get(f)).map(StringReader::new);
    }

    @Test
    void exciseFlatDutyAndGroupWindowsAreReadAndTheirFaultsNamed() {
        LoadedTariff t = TariffReader.read(files(SETTINGS + "vat_base_includes_excise,true\nflat_duty_amount,2.5\nflat_duty_per,subheading\n",
                "id,description,members,valid_from,valid_to\nP,a programme,AA BB,2020-01-01,2020-12-31\n",
                "22042100,THIRD_COUNTRY_DUTY,1011,5%,,,\n2204,EXCISE,1011,1 EUR/LTR,,,\n22042100,PREFERENTIAL_DUTY,P,Free,,,\n"));
        assertThat(t.tariff().settings().vatOnExcise()).isTrue();
        assertThat(t.tariff().settings().flatDuty().per()).isEqualTo("subheading");
        assertThat(t.tariff().settings().flatDuty().ceiling()).as("defaults to the low-value ceiling").isEqualByComparingTo("0");
        assertThat(t.tariff().groups().get("P").validTo()).isEqualTo(java.time.LocalDate.of(2020, 12, 31));
        var found = (TariffLookup.Found) t.tariff().lookup("22042100");
        assertThat(found.measures()).extracting(Measure::type)
                .containsExactly(MeasureType.THIRD_COUNTRY_DUTY, MeasureType.PREFERENTIAL_DUTY, MeasureType.EXCISE);
        assertThat(t.tariff().applicable(found.measures(), "AA", java.time.LocalDate.of(2020, 6, 1))).hasSize(3);
        assertThat(t.tariff().applicable(found.measures(), "AA", java.time.LocalDate.of(2021, 1, 1))).as("the programme ended").hasSize(2);

        assertThatThrownBy(() -> TariffReader.read(files(SETTINGS + "flat_duty_amount,3\nflat_duty_per,parcel\n", null, "")))
                .hasMessageContaining("flat_duty_per is heading, subheading or line");
        assertThatThrownBy(() -> TariffReader.read(files(SETTINGS + "vat_base_includes_excise,yes\n", null, "")))
                .hasMessageContaining("vat_base_includes_excise is true or false");
        assertThatThrownBy(() -> TariffReader.read(files(SETTINGS, null, "2204,EXCISE,1011,,,,\n")))
                .hasMessageContaining("measures.csv row 2: a EXCISE needs an expression");
        assertThatThrownBy(() -> TariffReader.read(files(SETTINGS, null, "2204,TAX,1011,1%,,,\n")))
                .hasMessageContaining("measures.csv row 2: measure type TAX is not one of");
        assertThatThrownBy(() -> TariffReader.read(files(SETTINGS, "id,description,members,valid_from\nP,p,AA,2020-13-01\n", "")))
                .hasMessageContaining("groups.csv: 2020-13-01 is not a date");
    }

    @Test
    void extraMeasuresBesideTheHtsMustNameItsLines() {
        TariffSource hts = Tariffs.classpath("us-hts-2024");
        TariffSource wrong = f -> f.equals("measures.csv") ? Optional.of(new StringReader(HEADER + "94036099,ADDITIONAL_DUTY,CN,25%,,,x\n"))
                : hts.open(f);
        assertThatThrownBy(() -> TariffReader.read(wrong)).hasMessageContaining("measures.csv row 2: no line 94036099");
    }
}
