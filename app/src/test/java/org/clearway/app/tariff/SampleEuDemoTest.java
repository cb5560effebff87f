package org.clearway.app.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.core.tariff.Tariffs;
import org.clearway.store.Database;
import org.clearway.store.declaration.DeclarationQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * serve --demo --tariff sample-eu: a CIF administration. The sample imports are invoiced FOB, so they
 * lodge only because the demo declares freight and insurance, which the customs value then includes.
 */
class SampleEuDemoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Clearway app;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "sample-eu-demo", UUID.randomUUID().toString()).toAbsolutePath());
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC); // the examples are dated November 2026
        app = new Clearway(Database.embedded(dir), Administration.forTariff(Tariffs.bundled("sample-eu")), clock);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    @Test
    void everyDemoDeclarationLodgesAndAnImportIsValuedCifWithItsFreightAndInsurance() throws Exception {
        DemoData.Summary summary = new DemoData(app).ensure();
        assertThat(summary.declarationsLodged()).as("24 imports, 6 exports, 10 low-value parcels").isEqualTo(40);

        var imports = app.declarationRepository().list(DeclarationQuery.all().withPage(100, 0)).items().stream()
                .filter(d -> d.lrn().equals("DEMO-IMP-001")).toList();
        assertThat(imports).hasSize(1);
        JsonNode due = JSON.readTree(imports.getFirst().assessmentJson()).path("amountsDue");
        // USD -> EUR at 1 / 1.1252 (ECB 2025-05-09, the latest before the date) = 0.8887308922858159.
        // Invoice: 12500.00 USD -> 11109.14 EUR, 3950.00 USD -> 3510.49 EUR.
        // Freight 850.00 USD -> 755.42 EUR, insurance 65.00 USD -> 57.77 EUR: 813.19 EUR to add (FOB on a CIF basis).
        // Shared by value: 813.19 × 11109.14 / 14619.63 = 617.93; the last item takes the remainder, 195.26.
        // Customs values 11727.07 and 3705.75; both lines are Free in sample-eu; VAT 20 % = 2345.41 and 741.15.
        assertThat(due.at("/items/0/customsValue/amount").asText()).isEqualTo("11727.07");
        assertThat(due.at("/items/1/customsValue/amount").asText()).isEqualTo("3705.75");
        assertThat(due.at("/items/0/vat/amount").asText()).isEqualTo("2345.41");
        assertThat(due.at("/items/1/vat/amount").asText()).isEqualTo("741.15");
        assertThat(due.at("/vat/amount").asText()).isEqualTo("3086.56");
        assertThat(due.path("note").asText()).contains("+ 813.19 EUR freight and insurance (CIF basis, FOB), shared by value");
    }
}
