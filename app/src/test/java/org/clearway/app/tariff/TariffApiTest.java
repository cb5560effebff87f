package org.clearway.app.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.Main;
import org.clearway.app.http.ApiServer;
import org.clearway.core.clearance.Checked;
import org.clearway.core.tariff.ItemAmounts;
import org.clearway.core.tariff.Tariffs;
import org.clearway.formats.json.Decoded;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tariff routes over real HTTP on a server running the US HTS 2024 (embedded PostgreSQL, 127.0.0.1),
 * the breakdown on an assessed declaration, and the tariff CLI.
 */
class TariffApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir static Path dir;
    private static Clearway app;
    private static ApiServer server;
    private static String base;

    @BeforeAll
    static void start() {
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T10:00:00Z"), ZoneOffset.UTC);
        app = new Clearway(Database.embedded(dir), Administration.forTariff(Tariffs.bundled("us-hts-2024")), clock);
        server = ApiServer.start(app, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (app != null) app.close();
    }

    @Test
    void showsTheMeasuresThatApplyToAnOrigin() throws Exception {
        var r = get("/api/v1/tariff/6109.10.00?origin=AU&date=2024-07-01");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("description").asText()).isEqualTo("Of cotton");
        JsonNode measures = body.path("measures");
        assertThat(measures.findValuesAsText("type")).contains("THIRD_COUNTRY_DUTY", "PREFERENTIAL_DUTY", "NON_MFN_DUTY");
        for (JsonNode m : measures) {
            String area = m.path("area").asText();
            if (area.equals("US-AU") || area.equals("1011")) assertThat(m.path("appliesToOrigin").asBoolean()).as(area).isTrue();
            if (area.equals("US-COL2") || area.equals("US-KR")) assertThat(m.path("appliesToOrigin").asBoolean()).as(area).isFalse();
        }
        assertThat(measures.get(0).path("expression").path("kind").asText()).isEqualTo("adValorem");
        assertThat(measures.get(0).path("expression").path("percent").asText()).isEqualTo("16.5");
    }

    @Test
    void unknownAndNonDeclarableCodesAndBadQueries() throws Exception {
        var unknown = get("/api/v1/tariff/99999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("TARIFF_CODE_UNKNOWN");
        var heading = JSON.readTree(get("/api/v1/tariff/610990").body());
        assertThat(heading.path("declarable").asBoolean()).isFalse();
        assertThat(heading.path("lines").size()).isGreaterThan(1);
        assertThat(get("/api/v1/tariff/61x").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/tariff/61091000?date=2024-13-01").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/tariff/61091000?origin=ZZ").statusCode()).isEqualTo(400);
    }

    @Test
    void dutyCalculatorGivesTheFullBreakdown() throws Exception {
        // 6109.10.00 16.5 % on 1000.00 EUR at 1.0745 = 1074.50 USD -> 177.2925 -> 177.29; no VAT in the US.
        var r = post("""
                {"currency":"EUR","incoterm":"FOB","date":"2024-07-01",
                 "items":[{"code":"6109.10.00","origin":"CN","value":"1000.00"}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.at("/items/0/customsValue/amount").asText()).isEqualTo("1074.50");
        assertThat(body.at("/items/0/duty/amount").asText()).isEqualTo("177.29");
        assertThat(body.at("/items/0/measure").asText()).startsWith("THIRD_COUNTRY_DUTY 1011");
        assertThat(body.at("/items/0/dutyExpression").asText()).isEqualTo("16.5%");
        assertThat(body.at("/exchangeRate/rate").asText()).isEqualTo("1.0745");
        assertThat(body.at("/total/amount").asText()).isEqualTo("177.29");
    }

    @Test
    void dutyCalculatorProblemsAreNeverAmounts() throws Exception {
        var noQuantity = post("""
                {"currency":"USD","date":"2024-07-01","items":[{"code":"04072100","origin":"GB","value":"300.00"}]}""");
        assertThat(noQuantity.statusCode()).isEqualTo(422);
        assertThat(noQuantity.body()).contains("UNIT_QUANTITY_MISSING").contains("items[0].quantity").doesNotContain("\"amount\"");
        var currency = post("""
                {"currency":"ABC","date":"2024-07-01","items":[{"code":"61091000","origin":"CN","value":"1.00"}]}""");
        assertThat(currency.statusCode()).isEqualTo(422);
        assertThat(currency.body()).contains("CURRENCY_UNKNOWN");
        var noRate = post("""
                {"currency":"EUR","date":"1998-12-31","items":[{"code":"61091000","origin":"CN","value":"1.00"}]}""");
        assertThat(noRate.body()).contains("EXCHANGE_RATE_MISSING");
        var notDeclarable = post("""
                {"currency":"USD","date":"2024-07-01","items":[{"code":"610990","origin":"CN","value":"1.00"}]}""");
        assertThat(notDeclarable.body()).contains("TARIFF_CODE_NOT_DECLARABLE");
        var bad = post("""
                {"currency":"USD","items":[{"code":"6109","origin":"C","value":"-1"}]}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("items[0].origin").contains("items[0].value");
    }

    @Test
    void dutyCalculatorTakesFreightAndInsuranceOffACifInvoiceOnTheFobBasis() throws Exception {
        // 6109.10.00 16.5 %: 1100.00 USD CIF, freight 90.00 USD, insurance 9.31 EUR × 1.0745 = 10.00 USD: FOB 1000.00; duty 165.00.
        var r = post("""
                {"currency":"USD","incoterm":"CIF","date":"2024-07-01","freight":"90.00","insurance":{"amount":"9.31","currency":"EUR"},
                 "items":[{"code":"6109.10.00","origin":"CN","value":"1100.00"}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.at("/items/0/customsValue/amount").asText()).isEqualTo("1000.00");
        assertThat(body.at("/duty/amount").asText()).isEqualTo("165.00");
        var missing = post("""
                {"currency":"USD","incoterm":"CIF","date":"2024-07-01","freight":"90.00",
                 "items":[{"code":"6109.10.00","origin":"CN","value":"1100.00"}]}""");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("VALUATION_COSTS_MISSING").contains("\"insurance\"");
        var badCurrency = post("""
                {"currency":"USD","incoterm":"CIF","freight":{"amount":"1","currency":"usd"},"insurance":{"amount":"x","currency":"USD"},
                 "items":[{"code":"6109.10.00","origin":"CN","value":"1100.00"}]}""");
        assertThat(badCurrency.statusCode()).isEqualTo(400);
        assertThat(badCurrency.body()).contains("freight.currency").contains("insurance.amount");
    }

    @Test
    void atMost999Lines() throws Exception {
        String line = "{\"code\":\"61091000\",\"origin\":\"CN\",\"value\":\"1.00\"}";
        var ok = post("{\"currency\":\"USD\",\"date\":\"2024-07-01\",\"items\":[" + String.join(",", java.util.Collections.nCopies(999, line)) + "]}");
        assertThat(ok.statusCode()).isEqualTo(200);
        // 999 × round(1.00 × 16.5 %) = 999 × 0.17 = 169.83
        assertThat(JSON.readTree(ok.body()).at("/duty/amount").asText()).isEqualTo("169.83");
        var tooMany = post("{\"currency\":\"USD\",\"items\":[" + String.join(",", java.util.Collections.nCopies(1000, line)) + "]}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("TOO_MANY_ITEMS");
    }

    @Test
    void anAssessedDeclarationCarriesTheTariffBreakdown() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("..", "examples", "declarations", "import-valid.json"));
        var declaration = ((Decoded.Ok) new DeclarationJsonCodec().decode(example)).declaration();
        var checked = app.pipeline().check(declaration, LocalDate.of(2026, 11, 20)); // the example is dated for November 2026
        assertThat(checked).isInstanceOf(Checked.Acceptable.class);
        ItemAmounts laptops = ((Checked.Acceptable) checked).amountsDue().items().getFirst();
        // 847130 resolves to 8471.30.01 (Free) for CN; value in USD (the invoice currency is the national one).
        assertThat(laptops.commodityCode()).isEqualTo("847130");
        assertThat(laptops.measure()).startsWith("THIRD_COUNTRY_DUTY 1011");
        assertThat(laptops.dutyExpression()).isEqualTo("Free");
        assertThat(laptops.customsValue().toString()).isEqualTo("12500.00 USD");
    }

    @Test
    void cliShowsALineAndTheCoverage() {
        String show = run("tariff", "show", "6109.10.00", "--origin", "CU", "--date", "2024-07-01");
        assertThat(show).contains("Of cotton").contains("* NON_MFN_DUTY").contains("90%");
        String coverage = run("tariff", "coverage", "--unparsed");
        assertThat(coverage).contains("tariff us-hts-2024").contains("parsed into a structured expression").contains("less 0.020668¢/kg");
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/duty-calculation")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
