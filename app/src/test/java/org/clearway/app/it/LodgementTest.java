package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Mrn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A trader lodges valid declarations, reads them back and finds them in the list; replays are idempotent. */
class LodgementTest {
    private final Api api = Servers.standard().api();
    private final String trader1 = Servers.token("trader1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"import-valid.json, IMPORT", "export-valid.json, EXPORT", "lowvalue-valid.json, LOW_VALUE"})
    void a_valid_declaration_is_accepted_with_an_mrn_a_lane_and_the_amounts_due_in_gbp(String file, String type) {
        ObjectNode declaration = Examples.withFreshLrn(file);
        String lrn = declaration.path("lrn").asText();

        Api.Answer lodged = api.lodge(trader1, declaration);

        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        assertThat(lodged.contentType()).startsWith("application/json");
        JsonNode body = lodged.json();
        String mrn = body.path("mrn").asText();
        assertThat(mrn).hasSize(18).startsWith(String.format("%02d", java.time.Year.now().getValue() % 100) + "GB");
        assertThat(Mrn.isWellFormed(mrn)).as("MRN %s has a valid format and check digit", mrn).isTrue();
        assertThat(lodged.header("Location")).isEqualTo("/api/v1/declarations/" + mrn);
        assertThat(body.path("lrn").asText()).isEqualTo(lrn);
        assertThat(body.path("type").asText()).isEqualTo(type);
        assertThat(body.path("declarantId").asText()).isEqualTo(Examples.TRADER1_PARTY);
        assertThat(body.path("owner").asText()).isEqualTo("trader1");
        assertThat(body.path("version").asInt()).isEqualTo(1);
        String lane = body.path("lane").asText();
        String status = body.path("status").asText();
        assertThat(status).isEqualTo(switch (lane) {
            case "GREEN", "BLUE" -> "RELEASED";
            case "YELLOW", "RED" -> "ASSESSED";
            default -> throw new AssertionError("unknown lane " + lane);
        });
        assertThat(body.path("amountsDue").path("total").path("currency").asText()).isEqualTo("GBP");
        assertThat(body.path("total").path("currency").asText()).isEqualTo("GBP");
        assertThat(new java.math.BigDecimal(body.path("amountsDue").path("total").path("amount").asText())).isNotNegative();
        assertThat(body.path("reasons").isArray()).isTrue();
        assertThat(body.path("reasons")).isNotEmpty();
        assertThat(body.path("reasons")).as("a reason asks for the lane given").anySatisfy(r -> assertThat(r.path("lane").asText()).isEqualTo(lane));
        assertThat(body.path("declaration").path("lrn").asText()).isEqualTo(lrn);
        assertThat(body.path("links").path("events").asText()).isEqualTo("/api/v1/declarations/" + mrn + "/events");

        Api.Answer again = api.get(lodged.header("Location"), trader1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(body);

        Api.Answer list = api.get("/api/v1/declarations?type=" + type + "&limit=200", trader1);
        assertThat(list.status()).isEqualTo(200);
        assertThat(mrns(list.json())).contains(mrn);
    }

    @Test
    void an_import_keeps_its_items_and_invoice_as_sent() {
        ObjectNode declaration = Examples.withFreshLrn("import-valid.json");
        JsonNode stored = api.lodge(trader1, declaration).json().path("declaration");
        assertThat(stored.path("items")).hasSize(2);
        assertThat(stored.path("items").get(0).path("hsCode").asText()).isEqualTo("847130");
        assertThat(new java.math.BigDecimal(stored.path("invoice").path("amount").asText())).isEqualByComparingTo("16450.00");
        assertThat(stored.path("invoice").path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void filters_return_only_matching_declarations() {
        api.lodge(trader1, Examples.withFreshLrn("export-valid.json"));
        for (String[] filter : new String[][] {{"status", "RELEASED"}, {"status", "ASSESSED"}, {"lane", "GREEN"}, {"lane", "RED"}, {"type", "EXPORT"}, {"type", "LOW_VALUE"}}) {
            Api.Answer a = api.get("/api/v1/declarations?" + filter[0] + "=" + filter[1] + "&limit=500", trader1);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            for (JsonNode item : a.json().path("items")) {
                assertThat(item.path(filter[0]).asText()).as("filter %s=%s", filter[0], filter[1]).isEqualTo(filter[1]);
                assertThat(item.path("owner").asText()).isEqualTo("trader1");
            }
        }
        // lower case is accepted too
        Api.Answer exports = api.get("/api/v1/declarations?type=export", trader1);
        assertThat(exports.status()).isEqualTo(200);
        assertThat(exports.json().path("total").asLong()).isPositive();
    }

    @Test
    void pages_cover_the_list_without_overlap_and_next_points_at_the_following_page() {
        for (int i = 0; i < 3; i++) api.lodge(trader1, Examples.withFreshLrn("lowvalue-valid.json"));
        long total = api.get("/api/v1/declarations?limit=1", trader1).json().path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);

        Api.Answer first = api.get("/api/v1/declarations?limit=2&offset=0", trader1);
        JsonNode page1 = first.json();
        assertThat(page1.path("items")).hasSize(2);
        assertThat(page1.path("limit").asInt()).isEqualTo(2);
        assertThat(page1.path("offset").asInt()).isEqualTo(0);
        assertThat(page1.path("total").asLong()).isEqualTo(total);
        assertThat(page1.path("next").asText()).isEqualTo("/api/v1/declarations?limit=2&offset=2");

        JsonNode page2 = api.get(page1.path("next").asText(), trader1).json();
        assertThat(page2.path("offset").asInt()).isEqualTo(2);
        assertThat(mrns(page2)).doesNotContainAnyElementsOf(mrns(page1));

        JsonNode last = api.get("/api/v1/declarations?limit=2&offset=" + (total - 1), trader1).json();
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("next").isNull()).isTrue();
    }

    @Test
    void the_next_link_of_a_filtered_list_keeps_the_filter() {
        for (int i = 0; i < 2; i++) api.lodge(trader1, Examples.withFreshLrn("export-valid.json"));
        JsonNode page1 = api.get("/api/v1/declarations?type=EXPORT&limit=1", trader1).json();
        String next = page1.path("next").asText();
        assertThat(next).contains("type=EXPORT").contains("limit=1").contains("offset=1");
        JsonNode page2 = api.get(next, trader1).json();
        assertThat(page2.path("items")).isNotEmpty();
        assertThat(page2.path("items").get(0).path("type").asText()).isEqualTo("EXPORT");
        assertThat(page2.path("total").asLong()).isEqualTo(page1.path("total").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=LOST", "lane=PURPLE", "type=TRANSIT", "limit=0", "limit=abc", "offset=-1", "lodgedFrom=yesterday"})
    void a_bad_list_parameter_is_a_400_naming_the_parameter(String query) {
        Api.Answer a = api.get("/api/v1/declarations?" + query, trader1);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.problems()).containsExactly("INVALID_VALUE@" + query.substring(0, query.indexOf('=')));
    }

    @Test
    void the_same_declaration_sent_again_answers_200_with_the_same_mrn_and_stores_nothing_new() {
        ObjectNode declaration = Examples.withFreshLrn("import-valid.json");
        Api.Answer first = api.lodge(trader1, declaration);
        assertThat(first.status()).isEqualTo(201);
        long total = total();

        Api.Answer replay = api.lodge(trader1, declaration);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("mrn").asText()).isEqualTo(first.json().path("mrn").asText());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(total()).isEqualTo(total);
    }

    @Test
    void whitespace_and_field_order_do_not_make_a_different_declaration() {
        ObjectNode declaration = Examples.withFreshLrn("export-valid.json");
        Api.Answer first = api.post("/api/v1/declarations", trader1, declaration.toString());
        assertThat(first.status()).isEqualTo(201);
        long total = total();

        String pretty = declaration.toPrettyString().replace("\n", "\r\n\t  ");
        Api.Answer replay = api.post("/api/v1/declarations", trader1, pretty);

        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().path("mrn").asText()).isEqualTo(first.json().path("mrn").asText());
        assertThat(total()).isEqualTo(total);
    }

    @Test
    void the_same_lrn_with_different_content_is_a_409_conflict() {
        ObjectNode declaration = Examples.withFreshLrn("import-valid.json");
        Api.Answer first = api.lodge(trader1, declaration);
        assertThat(first.status()).isEqualTo(201);
        long total = total();

        ((ObjectNode) declaration.path("items").get(0)).put("description", "Portable computers (laptops), 16 inch");
        Api.Answer changed = api.lodge(trader1, declaration);

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().path("detail").asText()).contains(declaration.path("lrn").asText());
        assertThat(total()).isEqualTo(total);
        assertThat(api.get(first.header("Location"), trader1).json().path("declaration").path("items").get(0).path("description").asText())
                .isEqualTo("Portable computers (laptops), 14 inch");
    }

    @Test
    void the_same_declaration_sent_many_times_at_once_is_stored_once() throws Exception {
        ObjectNode declaration = Examples.withFreshLrn("import-valid.json");
        long before = total();
        List<java.util.concurrent.Future<Api.Answer>> answers = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) answers.add(pool.submit(() -> api.lodge(trader1, declaration)));
        }
        List<Integer> statuses = new ArrayList<>();
        java.util.Set<String> mrns = new java.util.HashSet<>();
        for (var f : answers) {
            statuses.add(f.get().status());
            mrns.add(f.get().json().path("mrn").asText());
        }
        assertThat(statuses).as(statuses.toString()).containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(mrns).hasSize(1);
        assertThat(total()).isEqualTo(before + 1);
    }

    @Test
    void different_contents_under_one_lrn_sent_at_once_store_one_and_refuse_the_others() throws Exception {
        String lrn = Examples.freshLrn();
        long before = total();
        List<java.util.concurrent.Future<Api.Answer>> answers = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 6; i++) {
                ObjectNode d = Examples.json("import-valid.json");
                d.put("lrn", lrn);
                ((ObjectNode) d.path("items").get(1)).put("description", "Wi-Fi network routers, batch " + i);
                answers.add(pool.submit(() -> api.lodge(trader1, d)));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (var f : answers) statuses.add(f.get().status());
        assertThat(statuses).as(statuses.toString()).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(total()).isEqualTo(before + 1);
    }

    @Test
    void the_lodgement_date_filters_include_today_and_exclude_yesterday() {
        String mrn = api.lodge(trader1, Examples.withFreshLrn("lowvalue-valid.json")).json().path("mrn").asText();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(mrns(api.get("/api/v1/declarations?limit=500&lodgedFrom=" + today, trader1).json())).contains(mrn);
        assertThat(mrns(api.get("/api/v1/declarations?limit=500&lodgedTo=" + today, trader1).json())).contains(mrn);
        assertThat(mrns(api.get("/api/v1/declarations?limit=500&lodgedTo=" + today.minusDays(1), trader1).json())).doesNotContain(mrn);
        assertThat(mrns(api.get("/api/v1/declarations?limit=500&lodgedFrom=" + java.time.Instant.now().minusSeconds(300), trader1).json())).contains(mrn);
    }

    @Test
    void the_list_shows_the_newest_lodgement_first() {
        String older = api.lodge(trader1, Examples.withFreshLrn("lowvalue-valid.json")).json().path("mrn").asText();
        String newer = api.lodge(trader1, Examples.withFreshLrn("lowvalue-valid.json")).json().path("mrn").asText();
        assertThat(mrns(api.get("/api/v1/declarations?limit=2", trader1).json())).containsExactly(newer, older);
    }

    @Test
    void an_unknown_mrn_is_a_404_problem() {
        Api.Answer a = api.get("/api/v1/declarations/26GB0000000ZZZZZZ0", trader1);
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains("26GB0000000ZZZZZZ0");
        assertThat(api.get("/api/v1/declarations/26GB0000000ZZZZZZ0/events", trader1).status()).isEqualTo(404);
    }

    private long total() {
        return api.get("/api/v1/declarations?limit=1", trader1).json().path("total").asLong();
    }

    static List<String> mrns(JsonNode list) {
        List<String> mrns = new ArrayList<>();
        list.path("items").forEach(i -> mrns.add(i.path("mrn").asText()));
        return mrns;
    }
}
