package org.clearway.app.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clearway.core.tariff.LoadedTariff;
import org.clearway.core.tariff.TariffLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --tariff takes a bundled id or an administration's own directory in the neutral format. */
class TariffChoiceTest {

    @Test
    void anAdministrationsOwnDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.csv"), """
                key,value
                id,ke-sample
                name,A national tariff of its own
                country,KE
                currency,KES
                valuation_basis,CIF
                vat_percent,16
                vat_base,customs_value_plus_duty
                duty_de_minimis,0
                tax_de_minimis,0
                low_value_ceiling,0
                """);
        Files.writeString(dir.resolve("lines.csv"), "code,indent,description,units\n6109,0,T-shirts,\n61091000,1,Of cotton,NAR\n");
        Files.writeString(dir.resolve("measures.csv"), "code,measure_type,area,expression,valid_from,valid_to,legal_base\n"
                + "61091000,THIRD_COUNTRY_DUTY,1011,25% + 0.5 USD/NAR,2024-01-01,,own\n");
        LoadedTariff t = TariffChoice.load(dir.toString());
        assertThat(t.tariff().settings().currency().value()).isEqualTo("KES");
        assertThat(t.tariff().lookup("61091000")).isInstanceOf(TariffLookup.Found.class);
        assertThat(t.coverage()).isEqualTo(1.0);
    }

    @Test
    void neitherBundledNorADirectory() {
        assertThatThrownBy(() -> TariffChoice.load("no-such-tariff")).hasMessageContaining("neither a bundled tariff")
                .hasMessageContaining("us-hts-2024");
    }
}
