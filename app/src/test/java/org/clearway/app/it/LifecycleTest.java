package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What happens to a held declaration over HTTP: on a server that sends everything to the red lane,
 * so every lodgement waits for an officer and no test depends on the luck of random selection.
 */
class LifecycleTest {
    private final Api api = Servers.allRed().api();
    private final String trader1 = Servers.token("trader1");
    private final String officer = Servers.token("officer1");

    @Test
    void a_red_lane_declaration_waits_for_the_officer_who_inspects_and_releases_it() {
        JsonNode lodged = lodge();
        String mrn = lodged.path("mrn").asText();
        assertThat(lodged.path("status").asText()).isEqualTo("ASSESSED");
        assertThat(lodged.path("lane").asText()).isEqualTo("RED");
        assertThat(lodged.path("reasons").findValuesAsText("code")).containsExactly("RANDOM_SELECTION", "AEO_TREATMENT"); // the example's importer is an AEO

        Api.Answer started = action(mrn, "inspection-start", officer, "");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().path("status").asText()).isEqualTo("UNDER_INSPECTION");

        Api.Answer released = action(mrn, "release", officer, "{\"note\": \"seals intact, goods as declared\"}");
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().path("status").asText()).isEqualTo("RELEASED");
        assertThat(api.get("/api/v1/declarations/" + mrn, trader1).json().path("status").asText()).isEqualTo("RELEASED");

        Api.Answer twice = action(mrn, "release", officer, "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().path("detail").asText()).contains("RELEASED");
        Api.Answer reroute = action(mrn, "reroute", officer, "{\"lane\": \"RED\", \"reason\": \"too late\"}");
        assertThat(reroute.status()).isEqualTo(409);
        assertThat(reroute.json().path("detail").asText()).contains("RELEASED");

        List<JsonNode> events = events(mrn);
        assertThat(events).extracting(e -> e.path("type").asText())
                .containsExactly("SUBMITTED", "ASSESSED", "INSPECTION_STARTED", "RELEASED");
        assertThat(events).extracting(e -> e.path("actor").asText())
                .containsExactly("trader1", "clearway", "officer1", "officer1");
        assertThat(events).extracting(e -> e.path("from").asText(null) + ">" + e.path("to").asText())
                .containsExactly("null>ACCEPTED", "ACCEPTED>ASSESSED", "ASSESSED>UNDER_INSPECTION", "UNDER_INSPECTION>RELEASED");
        assertThat(events.get(3).path("detail").asText()).contains("seals intact");
        assertInOrder(events);
    }

    @Test
    void officers_releasing_the_same_goods_at_once_release_them_once() throws Exception {
        String mrn = lodge().path("mrn").asText();
        List<java.util.concurrent.Future<Api.Answer>> answers = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) answers.add(pool.submit(() -> action(mrn, "release", officer, "")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var f : answers) statuses.add(f.get().status());
        assertThat(statuses).as(statuses.toString()).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(events(mrn)).extracting(e -> e.path("type").asText()).containsExactly("SUBMITTED", "ASSESSED", "RELEASED");
        assertThat(api.get("/api/v1/declarations/" + mrn, officer).json().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void an_officer_releases_a_held_declaration_without_inspecting_it() {
        String mrn = lodge().path("mrn").asText();
        Api.Answer released = action(mrn, "release", officer, "");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().path("status").asText()).isEqualTo("RELEASED");
    }

    @Test
    void seized_goods_can_no_longer_be_released_or_amended() {
        String mrn = lodge().path("mrn").asText();
        assertThat(action(mrn, "inspection-start", officer, "").status()).isEqualTo(200);

        Api.Answer missingReason = action(mrn, "seizure", officer, "{}");
        assertThat(missingReason.status()).isEqualTo(400);
        assertThat(missingReason.problems()).containsExactly("REQUIRED_ELEMENT_MISSING@reason");

        Api.Answer seized = action(mrn, "seizure", officer, "{\"reason\": \"counterfeit laptops\"}");
        assertThat(seized.status()).isEqualTo(200);
        assertThat(seized.json().path("status").asText()).isEqualTo("SEIZED");

        Api.Answer release = action(mrn, "release", officer, "");
        assertThat(release.status()).isEqualTo(409);
        assertThat(release.json().path("detail").asText()).contains("SEIZED");
        ObjectNode amended = Examples.json("import-valid.json");
        amended.put("lrn", seized.json().path("lrn").asText());
        assertThat(api.post("/api/v1/declarations/" + mrn + "/amendments", trader1, amended).status()).isEqualTo(409);

        List<JsonNode> events = events(mrn);
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("SUBMITTED", "ASSESSED", "INSPECTION_STARTED", "SEIZED");
        assertThat(events.getLast().path("detail").asText()).contains("counterfeit laptops");
        assertThat(events.getLast().path("actor").asText()).isEqualTo("officer1");
    }

    @Test
    void an_officer_reroutes_with_a_reason_that_joins_the_lane_reasons() {
        String mrn = lodge().path("mrn").asText();

        Api.Answer rerouted = action(mrn, "reroute", officer, "{\"lane\": \"yellow\", \"reason\": \"known trader, documents suffice\"}");

        assertThat(rerouted.status()).as(rerouted.toString()).isEqualTo(200);
        JsonNode body = rerouted.json();
        assertThat(body.path("lane").asText()).isEqualTo("YELLOW");
        assertThat(body.path("status").asText()).isEqualTo("ASSESSED");
        assertThat(body.path("reasons").findValuesAsText("code")).containsExactly("RANDOM_SELECTION", "AEO_TREATMENT", "OFFICER_REROUTE");
        JsonNode reason = body.path("reasons").get(2);
        assertThat(reason.path("lane").asText()).isEqualTo("YELLOW");
        assertThat(reason.path("text").asText()).contains("known trader, documents suffice").contains("officer1");
        assertThat(api.get("/api/v1/declarations/" + mrn, trader1).json().path("reasons")).isEqualTo(body.path("reasons"));
        assertThat(api.get("/api/v1/declarations?lane=YELLOW&limit=500", officer).json().path("items").findValuesAsText("mrn")).contains(mrn);

        List<JsonNode> events = events(mrn);
        assertThat(events.getLast().path("type").asText()).isEqualTo("REROUTED");
        assertThat(events.getLast().path("detail").asText()).contains("RED").contains("YELLOW").contains("known trader");
    }

    @Test
    void a_reroute_needs_a_known_lane_and_a_reason() {
        String mrn = lodge().path("mrn").asText();
        assertThat(action(mrn, "reroute", officer, "{\"lane\": \"PURPLE\", \"reason\": \"x\"}").problems()).containsExactly("INVALID_VALUE@lane");
        assertThat(action(mrn, "reroute", officer, "{\"lane\": \"GREEN\"}").problems()).containsExactly("REQUIRED_ELEMENT_MISSING@reason");
        assertThat(action(mrn, "reroute", officer, "{\"lane\": \"GREEN\", \"reason\": \"   \"}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/declarations/" + mrn, officer).json().path("lane").asText()).isEqualTo("RED");
    }

    @Test
    void the_trader_amends_a_held_declaration_and_it_is_assessed_again_as_version_2() {
        JsonNode lodged = lodge();
        String mrn = lodged.path("mrn").asText();
        ObjectNode amended = (ObjectNode) lodged.path("declaration").deepCopy();
        ((ObjectNode) amended.path("items").get(0)).put("description", "Portable computers (laptops), 14 inch, with chargers");

        Api.Answer a = api.post("/api/v1/declarations/" + mrn + "/amendments", trader1, amended);

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        JsonNode body = a.json();
        assertThat(body.path("mrn").asText()).isEqualTo(mrn);
        assertThat(body.path("version").asInt()).isEqualTo(2);
        assertThat(body.path("status").asText()).isEqualTo("ASSESSED");
        assertThat(body.path("declaration").path("items").get(0).path("description").asText()).endsWith("with chargers");
        assertThat(body.path("amountsDue")).isEqualTo(lodged.path("amountsDue"));
        assertThat(api.get("/api/v1/declarations/" + mrn, trader1).json().path("version").asInt()).isEqualTo(2);

        assertThat(events(mrn)).extracting(e -> e.path("type").asText()).containsExactly("SUBMITTED", "ASSESSED", "AMENDED", "ASSESSED");
        assertThat(events(mrn).get(2).path("actor").asText()).isEqualTo("trader1");

        // the replay of the original content under its LRN is no longer what is stored; the amended content is
        ObjectNode original = (ObjectNode) lodged.path("declaration");
        assertThat(api.lodge(trader1, original).status()).isEqualTo(409);
        Api.Answer replay = api.lodge(trader1, amended);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("mrn").asText()).isEqualTo(mrn);
        assertThat(replay.json().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void an_amendment_cannot_change_the_lrn_and_must_itself_be_valid() {
        JsonNode lodged = lodge();
        String mrn = lodged.path("mrn").asText();
        ObjectNode otherLrn = (ObjectNode) lodged.path("declaration").deepCopy();
        otherLrn.put("lrn", Examples.freshLrn());

        Api.Answer a = api.post("/api/v1/declarations/" + mrn + "/amendments", trader1, otherLrn);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.problems()).containsExactly("AMENDMENT_CHANGES_LRN@lrn");

        ObjectNode invalid = (ObjectNode) lodged.path("declaration").deepCopy();
        ((ObjectNode) invalid.path("items").get(0)).put("hsCode", "847199");
        assertThat(api.post("/api/v1/declarations/" + mrn + "/amendments", trader1, invalid).problems())
                .containsExactly("HS_CODE_UNKNOWN@items[0].hsCode");
        assertThat(api.post("/api/v1/declarations/" + mrn + "/amendments", trader1, "text/plain", Api.bytes(lodged.path("declaration"))).status())
                .isEqualTo(415);

        JsonNode now = api.get("/api/v1/declarations/" + mrn, trader1).json();
        assertThat(now.path("version").asInt()).isEqualTo(1);
        assertThat(events(mrn)).hasSize(2);
    }

    @Test
    void an_amendment_cannot_turn_an_import_into_another_type_of_declaration() {
        JsonNode lodged = lodge();
        String mrn = lodged.path("mrn").asText();
        ObjectNode parcel = Examples.json("lowvalue-valid.json");
        parcel.put("lrn", lodged.path("lrn").asText());

        Api.Answer a = api.post("/api/v1/declarations/" + mrn + "/amendments", trader1, parcel);

        assertThat(a.status()).as(a.toString()).isEqualTo(422);
        assertThat(a.problems()).containsExactly("AMENDMENT_CHANGES_TYPE@type");
        JsonNode now = api.get("/api/v1/declarations/" + mrn, trader1).json();
        assertThat(now.path("type").asText()).isEqualTo("IMPORT");
        assertThat(now.path("declaration").path("type").asText()).isEqualTo(now.path("type").asText());
        assertThat(now.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void an_amendment_cannot_change_the_declarant() {
        JsonNode lodged = lodge();
        ObjectNode other = (ObjectNode) lodged.path("declaration").deepCopy();
        ((ObjectNode) other.path("declarant")).put("id", Examples.TRADER2_PARTY);
        Api.Answer a = api.post("/api/v1/declarations/" + lodged.path("mrn").asText() + "/amendments", trader1, other);
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.problems()).containsExactly("AMENDMENT_CHANGES_DECLARANT@declarant.id");
    }

    @Test
    void another_trader_cannot_amend_or_invalidate() {
        String mrn = lodge().path("mrn").asText();
        String trader2 = Servers.token("trader2");
        assertThat(api.post("/api/v1/declarations/" + mrn + "/invalidation", trader2, "{\"reason\": \"mine now\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/declarations/" + mrn + "/amendments", trader2, Examples.json("import-valid.json")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/declarations/" + mrn, trader1).json().path("status").asText()).isEqualTo("ASSESSED");
    }

    @Test
    void the_trader_invalidates_a_held_declaration_and_it_can_no_longer_be_released() {
        String mrn = lodge().path("mrn").asText();
        assertThat(action(mrn, "invalidation", trader1, "{}").problems()).containsExactly("REQUIRED_ELEMENT_MISSING@reason");

        Api.Answer invalidated = action(mrn, "invalidation", trader1, "{\"reason\": \"shipment cancelled by the seller\"}");

        assertThat(invalidated.status()).isEqualTo(200);
        assertThat(invalidated.json().path("status").asText()).isEqualTo("INVALIDATED");
        Api.Answer release = action(mrn, "release", officer, "");
        assertThat(release.status()).isEqualTo(409);
        assertThat(release.json().path("detail").asText()).contains("INVALIDATED");
        assertThat(action(mrn, "inspection-start", officer, "").status()).isEqualTo(409);
        assertThat(action(mrn, "invalidation", trader1, "{\"reason\": \"again\"}").status()).isEqualTo(409);
        List<JsonNode> events = events(mrn);
        assertThat(events.getLast().path("type").asText()).isEqualTo("INVALIDATED");
        assertThat(events.getLast().path("detail").asText()).contains("shipment cancelled by the seller");
        assertThat(api.get("/api/v1/declarations?status=INVALIDATED&limit=500", trader1).json().path("items").findValuesAsText("mrn")).contains(mrn);
    }

    @Test
    void an_inspection_cannot_start_twice_and_an_inspected_declaration_cannot_be_amended() {
        JsonNode lodged = lodge();
        String mrn = lodged.path("mrn").asText();
        assertThat(action(mrn, "inspection-start", officer, "").status()).isEqualTo(200);
        Api.Answer twice = action(mrn, "inspection-start", officer, "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("detail").asText()).contains("UNDER_INSPECTION");
        assertThat(api.post("/api/v1/declarations/" + mrn + "/amendments", trader1, lodged.path("declaration")).status()).isEqualTo(409);
        assertThat(action(mrn, "invalidation", trader1, "{\"reason\": \"too late\"}").status()).isEqualTo(409);
    }

    @Test
    void actions_on_an_unknown_mrn_are_404() {
        for (String action : new String[] {"inspection-start", "release"}) {
            Api.Answer a = action("26GB0000000ZZZZZZ0", action, officer, "");
            assertThat(a.status()).as(action).isEqualTo(404);
            assertThat(a.contentType()).startsWith("application/problem+json");
        }
    }

    private JsonNode lodge() {
        Api.Answer a = api.lodge(trader1, Examples.withFreshLrn("import-valid.json"));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json();
    }

    private Api.Answer action(String mrn, String action, String token, String body) {
        return api.post("/api/v1/declarations/" + mrn + "/" + action, token, body);
    }

    private List<JsonNode> events(String mrn) {
        Api.Answer a = api.get("/api/v1/declarations/" + mrn + "/events", trader1);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("mrn").asText()).isEqualTo(mrn);
        List<JsonNode> list = new ArrayList<>();
        a.json().path("events").forEach(list::add);
        return list;
    }

    static void assertInOrder(List<JsonNode> events) {
        Instant previous = Instant.MIN;
        for (JsonNode e : events) {
            Instant at = Instant.parse(e.path("at").asText());
            assertThat(at).isAfterOrEqualTo(previous).isBeforeOrEqualTo(Instant.now());
            previous = at;
        }
    }
}
