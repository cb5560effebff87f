package org.clearway.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiles and inspection results over real HTTP on a real PostgreSQL, as analysts and officers use
 * them: who may do what, bad expressions refused with their position, four eyes, a profile in force
 * sending a lodged declaration to its lane, re-routing, results feeding the profile's statistics,
 * and a back-test over the stored declarations.
 */
class ProfilesAndInspectionsHttpTest {
    private static Clearway app;
    private static ApiServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static String base;

    @BeforeAll
    static void start() {
        Path dir = Path.of("target", "test-pg-risk", UUID.randomUUID().toString()).toAbsolutePath();
        // no random selection, so that every lane in these tests comes from a profile
        app = new Clearway(Database.embedded(dir), Administration.defaults().withRandomRates(0, 0, 1), Clock.systemUTC());
        new DemoData(app).ensure();
        server = ApiServer.start(app, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (app != null) app.close();
    }

    private static final String LAPTOPS_FROM_CHINA = """
            {"name": "Laptops from China", "expression": "hsCodes.exists(h, h.startsWith(\\"8471\\")) && \\"CN\\" in origins",
             "lane": "RED", "reason": "undervalued laptops reported by the intelligence unit", "validFrom": "2026-01-01",
             "types": ["IMPORT"]}""";

    @Test
    void onlyAnalystsWriteProfilesAndOnlyOfficersRecordResults() throws Exception {
        assertThat(post("trader1", "/api/v1/profiles", LAPTOPS_FROM_CHINA).statusCode()).isEqualTo(403);
        assertThat(post("officer1", "/api/v1/profiles", LAPTOPS_FROM_CHINA).statusCode()).isEqualTo(403);
        assertThat(post("admin", "/api/v1/profiles", LAPTOPS_FROM_CHINA).statusCode()).isEqualTo(403);
        assertThat(get("trader1", "/api/v1/profiles").statusCode()).isEqualTo(403);
        assertThat(get("officer1", "/api/v1/profiles").statusCode()).isEqualTo(200);
        String mrn = lodge("trader1", "ROLE-1");
        var byAnalyst = post("analyst1", "/api/v1/declarations/" + mrn + "/inspection", "{\"outcome\":\"NO_DISCREPANCY\"}");
        assertThat(byAnalyst.statusCode()).isEqualTo(403);
        assertThat(json(byAnalyst).path("detail").asText()).contains("only an officer");
        assertThat(post("trader1", "/api/v1/declarations/" + mrn + "/inspection", "{\"outcome\":\"NO_DISCREPANCY\"}").statusCode()).isEqualTo(403);
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/profiles")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aProfileWithASyntaxOrTypeErrorIsRefusedWithThePosition() throws Exception {
        var syntax = post("analyst1", "/api/v1/profiles", LAPTOPS_FROM_CHINA.replace("&&", "&& ("));
        assertThat(syntax.statusCode()).isEqualTo(422);
        assertThat(syntax.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(syntax).path("problems").get(0);
        assertThat(problem.path("code").asText()).isEqualTo("PROFILE_EXPRESSION_INVALID");
        assertThat(problem.path("path").asText()).isEqualTo("expression");
        assertThat(problem.path("message").asText()).startsWith("line 1, column ");

        var type = post("analyst1", "/api/v1/profiles", LAPTOPS_FROM_CHINA.replace("\\\"CN\\\" in origins", "invoiceTotal > \\\"1000\\\""));
        assertThat(type.statusCode()).isEqualTo(422);
        assertThat(json(type).path("problems").get(0).path("message").asText()).startsWith("line 1, column 57:").contains("_>_");

        var both = post("analyst1", "/api/v1/profiles", LAPTOPS_FROM_CHINA.replace("\"lane\": \"RED\"", "\"lane\": \"RED\", \"score\": 5"));
        assertThat(both.statusCode()).isEqualTo(422);
    }

    @Test
    void aProfileComesIntoForceAfterASecondAnalystApprovesItAndThenSelectsDeclarations() throws Exception {
        var created = post("analyst1", "/api/v1/profiles", LAPTOPS_FROM_CHINA);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        String p = "/api/v1/profiles/" + id;

        assertThat(post("analyst1", p + "/submission", "").statusCode()).isEqualTo(200);
        var self = post("analyst1", p + "/approval", "");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(json(self).path("detail").asText()).contains("four eyes");
        assertThat(post("officer1", p + "/approval", "").statusCode()).isEqualTo(403);
        String before = lodge("trader1", "FOUR-EYES-0");
        assertThat(lane(before)).isNotEqualTo("RED").as("not in force before approval");

        var approved = post("analyst2", p + "/approval", "");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json(approved).path("activeVersion").asInt()).isEqualTo(1);
        assertThat(json(approved).path("versions").get(0).path("approvedBy").asText()).isEqualTo("analyst2");

        // the example import carries laptops from China: the profile now sends it to the red lane, and says so
        String mrn = lodge("trader1", "FOUR-EYES-1");
        JsonNode decision = json(get("officer1", "/api/v1/declarations/" + mrn));
        assertThat(decision.path("lane").asText()).isEqualTo("RED");
        assertThat(decision.path("reasons").toString()).contains("PROFILE_HIT", "profile " + id + " v1 \\\"Laptops from China\\\"", "AEO_TREATMENT");

        // the officer re-routes one of them to yellow with a reason; both lanes' reasons stay
        var rerouted = post("officer1", "/api/v1/declarations/" + mrn + "/reroute", "{\"lane\":\"YELLOW\",\"reason\":\"documents suffice: known consignor\"}");
        assertThat(rerouted.statusCode()).isEqualTo(200);
        assertThat(json(rerouted).path("lane").asText("") + json(rerouted).toString()).contains("YELLOW", "OFFICER_REROUTE", "PROFILE_HIT");

        // results: one discrepancy with revenue, one seizure, one clean
        var found = post("officer1", "/api/v1/declarations/" + mrn + "/inspection",
                "{\"outcome\":\"DISCREPANCY\",\"revenueAdjustment\":\"412.50\",\"note\":\"laptops undervalued by 30 %\"}");
        assertThat(found.statusCode()).isEqualTo(201);
        assertThat(json(found).path("revenueAdjustment").path("currency").asText()).isEqualTo("GBP");
        assertThat(post("officer1", "/api/v1/declarations/" + mrn + "/inspection", "{\"outcome\":\"NO_DISCREPANCY\"}").statusCode()).isEqualTo(409);
        String seized = lodge("trader1", "FOUR-EYES-2");
        var seizure = post("officer1", "/api/v1/declarations/" + seized + "/inspection",
                "{\"outcome\":\"SEIZURE\",\"goodsCategory\":\"counterfeit electronics\",\"quantity\":\"40\",\"unit\":\"NAR\"}");
        assertThat(seizure.statusCode()).isEqualTo(201);
        assertThat(post("officer1", "/api/v1/declarations/" + lodge("trader1", "FOUR-EYES-3") + "/inspection", "{\"outcome\":\"NO_DISCREPANCY\"}").statusCode()).isEqualTo(201);
        assertThat(post("officer1", "/api/v1/declarations/" + lodge("trader1", "FOUR-EYES-4") + "/inspection", "{\"outcome\":\"SEIZURE\",\"goodsCategory\":\"x\",\"quantity\":\"0\",\"unit\":\"NAR\"}").statusCode()).isEqualTo(400);

        JsonNode stats = json(get("analyst2", p)).path("statistics");
        assertThat(stats.path("selections").asLong()).isEqualTo(4);
        assertThat(stats.path("inspected").asLong()).isEqualTo(3);
        assertThat(stats.path("hits").asLong()).isEqualTo(2);
        assertThat(stats.path("hitRate").asDouble()).isEqualTo(2 / 3.0);
        assertThat(stats.path("revenueRecovered").asText()).isEqualTo("412.50");

        // retired: the next declaration is not selected by it any more
        assertThat(post("analyst2", p + "/retirement", "{\"reason\":\"intelligence expired\"}").statusCode()).isEqualTo(200);
        assertThat(lane(lodge("trader1", "FOUR-EYES-5"))).isNotEqualTo("RED");
    }

    @Test
    void aDraftIsBackTestedOverTheStoredDeclarations() throws Exception {
        // trader2's imports are laptops too; the draft selects only those declared by trader2
        String draft = LAPTOPS_FROM_CHINA.replace("\"CN\\\" in origins", "\"CN\\\" in origins && declarant == \\\"NL200000000002\\\"");
        var created = post("analyst1", "/api/v1/profiles", draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        var report = post("analyst2", "/api/v1/profiles/" + id + "/back-test", "{\"from\":\"2026-01-01\",\"to\":\"2099-12-31\"}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode r = json(report);
        // the demo data lodged 12 imports for each trader, 6 exports and 10 low-value parcels for trader1; other tests add more for trader1
        assertThat(r.path("selected").asLong()).isEqualTo(12);
        assertThat(r.path("examined").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(r.path("selectedMrns").size()).isEqualTo(12);
        assertThat(r.path("unreadable").asLong()).isZero();
        assertThat(post("officer1", "/api/v1/profiles/" + id + "/back-test", "{\"from\":\"2026-01-01\",\"to\":\"2099-12-31\"}").statusCode()).isEqualTo(403);
    }

    private static String lane(String mrn) throws Exception {
        return json(get("officer1", "/api/v1/declarations/" + mrn)).path("lane").asText();
    }

    private static String lodge(String who, String lrn) throws Exception {
        ObjectNode d = DemoData.example("import-valid.json");
        d.put("lrn", lrn + "-" + UUID.randomUUID().toString().substring(0, 8));
        var r = post(who, "/api/v1/declarations", Json.MAPPER.writeValueAsString(d));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("mrn").asText();
    }

    private static String token(String user) throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return json(r).path("token").asText();
    }

    private static HttpResponse<String> post(String user, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception { return Json.MAPPER.readTree(r.body()); }
}
