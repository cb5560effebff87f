package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The clearance of one import told as the people involved see it. */
class ClearanceScenarioTest {

    @Test
    @DisplayName("a trader lodges an import, an officer re-routes it to red with a reason, starts the inspection and releases it; the trader sees each step in the events")
    void a_trader_lodges_an_import_an_officer_reroutes_it_to_red_starts_the_inspection_and_releases_it_and_the_trader_sees_each_step() {
        // a server that sends every declaration to the yellow lane (documentary check), so the officer has something to re-route
        Api customs = Servers.allYellow().api();
        String trader = Servers.token("trader1");
        String officer = Servers.token("officer1");

        // the trader lodges an import of laptops and routers
        Api.Answer lodged = customs.lodge(trader, Examples.withFreshLrn("import-valid.json"));
        assertThat(lodged.status()).isEqualTo(201);
        String mrn = lodged.json().path("mrn").asText();
        String goods = "/api/v1/declarations/" + mrn;
        assertThat(lodged.json().path("lane").asText()).isEqualTo("YELLOW");
        assertThat(lodged.json().path("status").asText()).isEqualTo("ASSESSED");

        // the officer has intelligence on the shipper and re-routes it to red
        Api.Answer rerouted = customs.post(goods + "/reroute", officer, "{\"lane\": \"RED\", \"reason\": \"shipper named in an intelligence alert\"}");
        assertThat(rerouted.status()).isEqualTo(200);
        assertThat(rerouted.json().path("lane").asText()).isEqualTo("RED");

        // the trader sees why the goods are held
        JsonNode seen = customs.get(goods, trader).json();
        assertThat(seen.path("lane").asText()).isEqualTo("RED");
        assertThat(seen.path("status").asText()).isEqualTo("ASSESSED");
        assertThat(seen.path("reasons").findValuesAsText("text")).anyMatch(t -> t.contains("shipper named in an intelligence alert"));

        // the officer opens the container, finds the goods as declared and releases them
        assertThat(customs.post(goods + "/inspection-start", officer, "").json().path("status").asText()).isEqualTo("UNDER_INSPECTION");
        assertThat(customs.get(goods, trader).json().path("status").asText()).isEqualTo("UNDER_INSPECTION");
        assertThat(customs.post(goods + "/release", officer, "{\"note\": \"goods as declared\"}").json().path("status").asText()).isEqualTo("RELEASED");

        // the trader reads the whole story in the events, in order, each step with who did it
        JsonNode events = customs.get(goods + "/events", trader).json().path("events");
        List<String> story = new ArrayList<>();
        events.forEach(e -> story.add(e.path("type").asText() + " by " + e.path("actor").asText() + " -> " + e.path("to").asText()));
        assertThat(story).containsExactly(
                "SUBMITTED by trader1 -> ACCEPTED",
                "ASSESSED by clearway -> ASSESSED",
                "REROUTED by officer1 -> ASSESSED",
                "INSPECTION_STARTED by officer1 -> UNDER_INSPECTION",
                "RELEASED by officer1 -> RELEASED");
        assertThat(events.get(2).path("detail").asText()).contains("YELLOW").contains("RED").contains("intelligence alert");
        assertThat(events.get(4).path("detail").asText()).contains("goods as declared");
        List<JsonNode> list = new ArrayList<>();
        events.forEach(list::add);
        LifecycleTest.assertInOrder(list);
    }
}
