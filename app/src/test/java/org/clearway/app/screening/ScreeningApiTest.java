package org.clearway.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
import org.clearway.app.http.Json;
import org.clearway.core.screening.ScreeningMatch;
import org.clearway.store.Database;
import org.clearway.store.screening.ScreeningClearanceRepositoryJdbc;
import org.clearway.store.screening.WatchListRepositoryJdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Watch-list screening through the real HTTP API on a real (embedded) PostgreSQL: screening names,
 * importing lists, who may do what, and an officer clearing a false positive that stays cleared for
 * that party and entry only.
 */
class ScreeningApiTest {
    static Clearway app;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Database db = Database.embedded(Path.of("target", "test-pg", "screening-" + UUID.randomUUID()).toAbsolutePath());
        app = new Clearway(db, Administration.defaults().withRandomRates(0, 0, 1), Clock.systemUTC());
        for (var a : DemoData.ACCOUNTS) {
            app.accounts().create("test", a.username(), a.role(), a.partyId(), a.displayName(), app.passwordHasher().hash(a.username()));
        }
        server = ApiServer.start(app, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (app != null) app.close();
    }

    record Answer(int status, JsonNode body) {}

    static String token(String user) throws Exception {
        return call("POST", "/api/v1/auth/token", null, "application/json",
                "{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}").body().get("token").asText();
    }

    static Answer call(String method, String path, String user, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) b.header("Content-Type", type);
        if (user != null) b.header("Authorization", "Bearer " + token(user));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body()));
    }

    static List<String> entries(JsonNode matches) {
        List<String> out = new ArrayList<>();
        matches.forEach(m -> out.add(m.get("list").asText() + ":" + m.get("entryId").asText()));
        return out;
    }

    @Test
    void anOfficerScreensANameAndSeesListEntryAndScore() throws Exception {
        Answer a = call("POST", "/api/v1/screening", "officer1", "application/json", "{\"name\":\"Banco Nacional de Cuba S.A.\",\"country\":\"CU\"}");
        assertThat(a.status()).isEqualTo(200);
        JsonNode first = a.body().get("matches").get(0);
        assertThat(first.get("list").asText()).isEqualTo("OFAC-SDN");
        assertThat(first.get("entryId").asText()).isEqualTo("306");
        assertThat(first.get("score").asDouble()).isEqualTo(1.0);
        assertThat(call("POST", "/api/v1/screening", "analyst1", "application/json", "{\"name\":\"Hartley Pemberton\"}").body().get("matches")).isEmpty();
    }

    @Test
    void declarantsMayNotScreenOrSeeLists() throws Exception {
        assertThat(call("POST", "/api/v1/screening", "trader1", "application/json", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/watchlists", "trader1", null, null).status()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/screening", null, "application/json", "{\"name\":\"x\"}").status()).isEqualTo(401);
        Answer bad = call("POST", "/api/v1/screening", "officer1", "application/json", "{\"name\":\"x\",\"country\":\"Cuba\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("problems").get(0).get("path").asText()).isEqualTo("country");
        assertThat(call("POST", "/api/v1/screening", "officer1", "application/json", "{\"name\":\"" + "a".repeat(301) + "\"}").status()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/screening", "officer1", "application/json", "{\"name\":\"" + "a".repeat(300) + "\"}").status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/declarations/" + lodge("SCR-0") + "/screening", "trader1", null, null).status()).isEqualTo(403);
    }

    @Test
    void theDemoTradersAndTheirPartnersAreNotFlagged() throws Exception {
        for (String name : List.of("Northwind Imports Ltd", "Tulip Trading BV", "Shenzhen Bright Electronics Co Ltd")) {
            assertThat(call("POST", "/api/v1/screening", "officer1", "application/json", "{\"name\":\"" + name + "\"}").body().get("matches")).as(name).isEmpty();
        }
    }

    @Test
    void anAnalystImportsAListThatScreeningThenUses() throws Exception {
        String csv = "entry_id,name,aliases,country\nNL-1,Golden Crescent Shipping Ltd,GCS Lines,AE\nNL-2,Ivan Petrovich Sidorov,,RU\n";
        Answer imported = call("PUT", "/api/v1/watchlists/national-list", "analyst1", "text/csv", csv);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.body().get("entries").asInt()).isEqualTo(2);
        JsonNode lists = call("GET", "/api/v1/watchlists", "officer1", null, null).body().get("items");
        assertThat(lists.findValuesAsText("name")).contains("OFAC-SDN", "UN", "national-list");
        Answer screened = call("POST", "/api/v1/screening", "officer1", "application/json", "{\"name\":\"Sidorov, Ivan Petrovitch\"}");
        assertThat(entries(screened.body().get("matches"))).containsExactly("national-list:NL-2");
        assertThat(app.audit().latest(50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("watchlist.import");
            assertThat(e.actor()).isEqualTo("analyst1");
        });
    }

    @Test
    void aBadListIsRefusedWithPreciseProblemsAndOnlyAnalystsImport() throws Exception {
        Answer bad = call("PUT", "/api/v1/watchlists/bad-list", "analyst1", "text/csv", "entry_id,name,country\nB-1,Someone,RUS\nB-1,Other,\n");
        assertThat(bad.status()).isEqualTo(422);
        JsonNode problems = bad.body().get("problems");
        assertThat(problems.get(0).get("code").asText()).isEqualTo("BAD_COUNTRY");
        assertThat(problems.get(0).get("path").asText()).isEqualTo("line 2");
        assertThat(problems.get(1).get("code").asText()).isEqualTo("DUPLICATE_ENTRY_ID");
        assertThat(problems.get(1).get("path").asText()).isEqualTo("line 3");
        assertThat(call("GET", "/api/v1/watchlists", "analyst1", null, null).body().get("items").findValuesAsText("name")).doesNotContain("bad-list");

        assertThat(call("PUT", "/api/v1/watchlists/x", "officer1", "text/csv", "entry_id,name\n1,A B\n").status()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/watchlists/x", "analyst1", "application/json", "{}").status()).isEqualTo(415);
    }

    @Test
    void aClearedFalsePositiveNoLongerHoldsThatPartyButOtherEntriesStillMatch() throws Exception {
        String mrn = lodge("SCR-1");
        List<String> before = entries(call("GET", "/api/v1/declarations/" + mrn + "/screening", "officer1", null, null).body().get("matches"));
        assertThat(before).contains("OFAC-SDN:306", "OFAC-SDN:36");

        String clearance = "{\"list\":\"OFAC-SDN\",\"entryId\":\"306\",\"reason\":\"a different bank of the same name, checked its registration\"}";
        assertThat(call("POST", "/api/v1/declarations/" + mrn + "/screening-clearances", "analyst1", "application/json", clearance).status()).isEqualTo(403);
        Answer cleared = call("POST", "/api/v1/declarations/" + mrn + "/screening-clearances", "officer1", "application/json", clearance);
        assertThat(cleared.status()).isEqualTo(201);
        assertThat(entries(cleared.body().get("remainingMatches"))).doesNotContain("OFAC-SDN:306").contains("OFAC-SDN:36");
        assertThat(cleared.body().get("clearedFor").get(0).asText()).isEqualTo("name:banco nacional cuba|CU");

        // the same party's next declaration: that entry no longer matches, the other one still does
        String next = lodge("SCR-2");
        List<String> after = entries(call("GET", "/api/v1/declarations/" + next + "/screening", "officer1", null, null).body().get("matches"));
        assertThat(after).doesNotContain("OFAC-SDN:306").contains("OFAC-SDN:36");
        // and the same through the seam the lane allocation consults
        assertThat(app.partyScreening().screen(decoded(next))).extracting(ScreeningMatch::entryId).doesNotContain("306").contains("36");

        // remembered in the database: a fresh service (as after a restart) still leaves it out
        var fresh = new ScreeningService(new WatchListRepositoryJdbc(app.database(), app.audit(), app.clock()),
                new ScreeningClearanceRepositoryJdbc(app.database(), app.audit(), app.clock()), app.declarations(), app.declarationRepository(), app.clock());
        assertThat(fresh.matches(app.accounts().find("officer1").orElseThrow(), next)).extracting(ScreeningMatch::entryId).doesNotContain("306").contains("36");

        assertThat(app.audit().latest(50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("screening.clear");
            assertThat(e.actor()).isEqualTo("officer1");
            assertThat(e.subject()).isEqualTo(mrn);
            assertThat(e.detail()).contains("306").contains("checked its registration");
        });

        Answer none = call("POST", "/api/v1/declarations/" + mrn + "/screening-clearances", "officer1", "application/json",
                "{\"list\":\"UN\",\"entryId\":\"QDi.006\",\"reason\":\"x\"}");
        assertThat(none.status()).isEqualTo(409);
        assertThat(call("POST", "/api/v1/declarations/" + mrn + "/screening-clearances", "officer1", "application/json",
                "{\"list\":\"OFAC-SDN\",\"entryId\":\"36\",\"reason\":\" \"}").status()).isEqualTo(400);
    }

    @Test
    void clearingTheLastMatchLiftsTheHoldAndTheDeclarationTakesTheLaneTheRestOfItsAssessmentGives() throws Exception {
        // exporter a listed bank, seller a listed airline, one party id of their own so no other test's clearance touches them
        String party = "CU" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        ObjectNode d = DemoData.example("import-valid.json");
        d.put("lrn", "SCR-HOLD-" + UUID.randomUUID().toString().substring(0, 8));
        for (String role : List.of("exporter", "seller")) {
            ((ObjectNode) d.get(role)).put("id", party);
            ((ObjectNode) d.get(role).get("address")).put("country", "CU");
        }
        ((ObjectNode) d.get("exporter")).put("name", "Banco Nacional de Cuba");
        ((ObjectNode) d.get("seller")).put("name", "Aerocaribbean Airlines");
        Answer lodged = call("POST", "/api/v1/declarations", "trader1", "application/json", Json.MAPPER.writeValueAsString(d));
        assertThat(lodged.status()).as(String.valueOf(lodged.body())).isEqualTo(201);
        String mrn = lodged.body().get("mrn").asText();
        JsonNode held = call("GET", "/api/v1/declarations/" + mrn, "officer1", null, null).body();
        assertThat(held.get("lane").asText()).isEqualTo("RED");
        assertThat(held.get("status").asText()).isEqualTo("ASSESSED");
        assertThat(held.get("reasons").findValuesAsText("code")).contains("WATCHLIST_MATCH").doesNotContain("RANDOM_SELECTION", "PROFILE_HIT");

        // one of two matches cleared: still held
        Answer first = call("POST", "/api/v1/declarations/" + mrn + "/screening-clearances", "officer1", "application/json",
                "{\"list\":\"OFAC-SDN\",\"entryId\":\"306\",\"reason\":\"another bank, registration checked\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("reassessed").asBoolean()).isFalse();
        assertThat(first.body().get("lane").asText()).isEqualTo("RED");
        assertThat(entries(first.body().get("remainingMatches"))).containsExactly("OFAC-SDN:36");
        assertThat(call("GET", "/api/v1/declarations/" + mrn, "officer1", null, null).body().get("lane").asText()).isEqualTo("RED");

        // the last one: no profile, no random selection (rates 0), no model here, so green and released at once
        Answer last = call("POST", "/api/v1/declarations/" + mrn + "/screening-clearances", "officer1", "application/json",
                "{\"list\":\"OFAC-SDN\",\"entryId\":\"36\",\"reason\":\"a freight forwarder, not the airline\"}");
        assertThat(last.status()).isEqualTo(201);
        assertThat(last.body().get("reassessed").asBoolean()).isTrue();
        assertThat(last.body().get("remainingMatches")).isEmpty();
        assertThat(last.body().get("lane").asText()).isEqualTo("GREEN");
        assertThat(last.body().get("status").asText()).isEqualTo("RELEASED");

        JsonNode after = call("GET", "/api/v1/declarations/" + mrn, "trader1", null, null).body();
        assertThat(after.get("lane").asText()).isEqualTo("GREEN");
        assertThat(after.get("status").asText()).isEqualTo("RELEASED");
        assertThat(after.get("reasons").findValuesAsText("code")).doesNotContain("WATCHLIST_MATCH")
                .contains("WATCHLIST_MATCH_CLEARED", "WATCHLIST_HOLD_LIFTED");
        List<String> events = new ArrayList<>();
        call("GET", "/api/v1/declarations/" + mrn + "/events", "officer1", null, null).body().get("events")
                .forEach(e -> events.add(e.get("type").asText() + ":" + e.get("actor").asText()));
        assertThat(events).containsExactly("SUBMITTED:trader1", "ASSESSED:clearway", "ASSESSED:officer1", "RELEASED:clearway");
        assertThat(app.audit().latest(50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("declaration.reassess");
            assertThat(e.actor()).isEqualTo("officer1");
            assertThat(e.subject()).isEqualTo(mrn);
            assertThat(e.detail()).contains("OFAC-SDN 36", "not the airline", "RED to GREEN");
        });
        assertThat(app.audit().verify()).isInstanceOf(org.clearway.store.audit.VerifyResult.Intact.class);
    }

    private static org.clearway.core.declaration.Declaration decoded(String mrn) throws Exception {
        var stored = app.declarationRepository().find(mrn).orElseThrow();
        return switch (new org.clearway.formats.json.DeclarationJsonCodec().decode(stored.declarationJson().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            case org.clearway.formats.json.Decoded.Ok(var d) -> d;
            case org.clearway.formats.json.Decoded.Invalid(var p) -> throw new AssertionError(p.toString());
        };
    }

    /** trader1 lodges an import whose exporter is a listed bank and whose seller a listed airline. */
    private static String lodge(String lrn) throws Exception {
        ObjectNode d = DemoData.example("import-valid.json");
        d.put("lrn", lrn + "-" + UUID.randomUUID().toString().substring(0, 8));
        ((ObjectNode) d.get("exporter")).put("name", "Banco Nacional de Cuba");
        ((ObjectNode) d.get("exporter").get("address")).put("country", "CU");
        ((ObjectNode) d.get("seller")).put("name", "Aerocaribbean Airlines");
        Answer a = call("POST", "/api/v1/declarations", "trader1", "application/json", Json.MAPPER.writeValueAsString(d));
        assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(201);
        return a.body().get("mrn").asText();
    }
}
