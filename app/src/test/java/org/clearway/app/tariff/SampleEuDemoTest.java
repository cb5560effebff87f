package org.clearway.app.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
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
    private static DemoData.Summary summary;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "sample-eu-demo", UUID.randomUUID().toString()).toAbsolutePath());
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC); // the examples are dated November 2026
        app = new Clearway(Database.embedded(dir), Administration.forTariff(Tariffs.bundled("sample-eu")), clock);
        summary = new DemoData(app).ensure();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    @Test
    void everyDemoDeclarationLodgesAndAnImportIsValuedCifWithItsFreightAndInsurance() throws Exception {
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

        // The low-value parcels (headphones, 8518) are lodged after 2026-07-01: the flat duty per heading applies.
        var parcel = app.declarationRepository().list(DeclarationQuery.all().withPage(100, 0)).items().stream()
                .filter(d -> d.lrn().equals("DEMO-LV-001")).findFirst().orElseThrow();
        JsonNode parcelDue = JSON.readTree(parcel.assessmentJson()).path("amountsDue");
        assertThat(parcelDue.at("/items/0/measure").asText()).isEqualTo("FLAT_RATE_DUTY heading 8518");
        assertThat(parcelDue.at("/duty/amount").asText()).isEqualTo("3.00");
    }

    @Test
    void theDutyCalculatorShowsExciseAndTakesFreightInItsOwnCurrency() throws Exception {
        // Whisky 22083000 (Free; excise 17.5891 EUR/LPA), 300.00 EUR FOB, freight 20.00 EUR, insurance 10.745 USD = 10.00 EUR
        // on 2024-07-01 (1 EUR = 1.0745 USD): customs value 330.00. Excise 17.5891 × 3.36 LPA = 59.10.
        // VAT 20 % × (330.00 + 0.00 + 59.10) = 77.82. Total 136.92.
        try (ApiServer server = ApiServer.start(app, "127.0.0.1", 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/duty-calculation"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                    {"currency":"EUR","incoterm":"FOB","date":"2024-07-01","freight":"20.00",
                     "insurance":{"amount":"10.745","currency":"USD"},
                     "items":[{"code":"22083000","origin":"GB","value":"300.00","quantity":{"value":"3.36","unit":"LPA"}}]}""")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.at("/items/0/customsValue/amount").asText()).isEqualTo("330.00");
            assertThat(body.at("/items/0/excise/amount").asText()).isEqualTo("59.10");
            assertThat(body.at("/items/0/exciseMeasure").asText()).startsWith("EXCISE 1011");
            assertThat(body.at("/items/0/exciseExpression").asText()).isEqualTo("17.5891 EUR/LPA");
            assertThat(body.at("/items/0/vat/amount").asText()).isEqualTo("77.82");
            assertThat(body.at("/excise/amount").asText()).isEqualTo("59.10");
            assertThat(body.at("/total/amount").asText()).isEqualTo("136.92");
        }
    }

    @Test
    void aDeclarationWithExciseShowsItsOwnColumnOnTheDeclarationPage() throws Exception {
        ObjectNode declaration = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "declarations", "import-valid.json")));
        declaration.put("lrn", "EXCISE-" + UUID.randomUUID().toString().substring(0, 8));
        declaration.putObject("invoice").put("amount", "300.00").put("currency", "EUR").put("date", "2026-11-02");
        ObjectNode costs = declaration.putObject("valuationCosts");
        costs.putObject("freight").put("amount", "20.00").put("currency", "EUR");
        costs.putObject("insurance").put("amount", "10.00").put("currency", "EUR");
        ArrayNode items = declaration.putArray("items");
        ObjectNode whisky = items.addObject();
        whisky.put("sequence", 1).put("hsCode", "22083000").put("description", "Scotch whisky, 40 % vol, 12 bottles of 0.7 l")
                .put("origin", "GB").put("netMass", "9.0").put("grossMass", "15.0").put("value", "300.00")
                .put("procedureCode", "4000").put("preferenceCode", "100");
        whisky.putObject("quantity").put("value", "3.36").put("unit", "LPA");
        try (ApiServer server = ApiServer.start(app, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"trader1\",\"password\":\"trader1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String token = JSON.readTree(signIn.body()).path("token").asText();
            HttpResponse<String> lodged = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/declarations"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(declaration.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(201);
            String mrn = JSON.readTree(lodged.body()).path("mrn").asText();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/declarations/" + mrn))
                    .header("Cookie", "clearway_session=" + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            // Customs value 330.00 (300.00 FOB + 30.00 freight and insurance); excise 17.5891 x 3.36 LPA = 59.10.
            assertThat(page.body()).contains("<th scope=\"col\">Excise</th>").contains("59.10").contains("Total duty, excise, VAT");
        }
    }
}
