package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Who may do what: sign-in, tokens, declarants seeing only their own, officers' and admins' powers. */
class AuthorisationTest {
    private final Api api = Servers.standard().api();
    private final Api held = Servers.allRed().api();
    private final String trader1 = Servers.token("trader1");
    private final String trader2 = Servers.token("trader2");
    private final String officer = Servers.token("officer1");
    private final String admin = Servers.token("admin");

    @Test
    void sign_in_answers_a_token_with_its_expiry_and_role() {
        Api.Answer a = api.post("/api/v1/auth/token", null, "{\"username\": \"analyst1\", \"password\": \"analyst1\"}");
        assertThat(a.status()).isEqualTo(200);
        JsonNode body = a.json();
        assertThat(body.path("token").asText()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(body.path("username").asText()).isEqualTo("analyst1");
        assertThat(body.path("role").asText()).isEqualTo("ANALYST");
        assertThat(java.time.Instant.parse(body.path("expiresAt").asText())).isAfter(java.time.Instant.now().plusSeconds(3600));
    }

    @Test
    void without_a_token_the_answer_is_401_with_www_authenticate() {
        Api.Answer a = api.get("/api/v1/declarations", null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.lodge(null, Examples.withFreshLrn("import-valid.json")).status()).isEqualTo(401);
    }

    @Test
    void an_unknown_token_is_401() {
        Api.Answer a = api.get("/api/v1/declarations", "not-a-real-token");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(a.json().path("detail").asText()).contains("sign in again");
    }

    @Test
    void a_wrong_password_or_unknown_user_is_401_and_says_the_same() {
        Api.Answer wrong = api.post("/api/v1/auth/token", null, "{\"username\": \"trader1\", \"password\": \"trader2\"}");
        Api.Answer unknown = api.post("/api/v1/auth/token", null, "{\"username\": \"nobody\", \"password\": \"trader1\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().path("detail").asText()).isEqualTo(unknown.json().path("detail").asText());
        assertThat(wrong.json().has("token")).isFalse();
    }

    @Test
    void a_token_is_refused_once_its_8_hours_are_over() {
        String token = api.signIn("trader2", "trader2");
        // the same database, seen by a server whose clock is 8 hours and 1 minute later
        var later = new org.clearway.app.Clearway(Servers.database(), org.clearway.app.Administration.defaults(),
                java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofHours(8).plusMinutes(1)));
        try (var server = org.clearway.app.http.ApiServer.start(later, "127.0.0.1", 0)) {
            Api.Answer a = new Api(server.port()).get("/api/v1/declarations", token);
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.json().path("detail").asText()).contains("expired");
        }
        assertThat(api.get("/api/v1/declarations", token).status()).isEqualTo(200);
    }

    @Test
    void a_trader_cannot_see_another_traders_declaration_or_its_events() {
        String mrn = lodgeAsTrader1();

        Api.Answer get = api.get("/api/v1/declarations/" + mrn, trader2);
        Api.Answer events = api.get("/api/v1/declarations/" + mrn + "/events", trader2);

        assertThat(get.status()).isEqualTo(404);
        assertThat(get.contentType()).startsWith("application/problem+json");
        assertThat(events.status()).isEqualTo(404);
        // as if it did not exist: the same answer as for an MRN nobody has
        Api.Answer nothing = api.get("/api/v1/declarations/26GB0000000ZZZZZZ0", trader2);
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(get.json().path("title").asText()).isEqualTo(nothing.json().path("title").asText());

        JsonNode list = api.get("/api/v1/declarations?limit=500", trader2).json();
        assertThat(LodgementTest.mrns(list)).doesNotContain(mrn);
        list.path("items").forEach(i -> assertThat(i.path("owner").asText()).isEqualTo("trader2"));
        JsonNode filtered = api.get("/api/v1/declarations?declarantId=" + Examples.TRADER1_PARTY, trader2).json();
        assertThat(filtered.path("total").asLong()).isZero();
    }

    @Test
    void a_trader_cannot_lodge_for_another_declarant() {
        ObjectNode d = Examples.withFreshLrn("import-valid.json");
        ((ObjectNode) d.path("declarant")).put("id", Examples.TRADER2_PARTY);

        Api.Answer a = api.lodge(trader1, d);

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.problems()).containsExactly("DECLARANT_NOT_AUTHORISED@declarant.id");
        assertThat(Servers.standard().app().declarationRepository().findByLrn(Examples.TRADER2_PARTY, d.path("lrn").asText())).isEmpty();
    }

    @Test
    void a_declarant_cannot_act_as_an_officer() {
        String mrn = held.lodge(trader1, Examples.withFreshLrn("import-valid.json")).json().path("mrn").asText();
        for (String action : new String[] {"release", "inspection-start", "seizure", "reroute"}) {
            Api.Answer a = held.post("/api/v1/declarations/" + mrn + "/" + action, trader1, "{\"reason\": \"because\", \"lane\": \"GREEN\"}");
            assertThat(a.status()).as(action + ": " + a).isEqualTo(403);
            assertThat(a.contentType()).startsWith("application/problem+json");
        }
        assertThat(held.get("/api/v1/declarations/" + mrn, trader1).json().path("status").asText()).isEqualTo("ASSESSED");
    }

    @Test
    void an_officer_cannot_lodge_amend_or_invalidate() {
        assertThat(api.lodge(officer, Examples.withFreshLrn("import-valid.json")).status()).isEqualTo(403);
        String mrn = held.lodge(trader1, Examples.withFreshLrn("import-valid.json")).json().path("mrn").asText();
        assertThat(held.post("/api/v1/declarations/" + mrn + "/invalidation", officer, "{\"reason\": \"x\"}").status()).isEqualTo(403);
        Api.Answer amend = held.post("/api/v1/declarations/" + mrn + "/amendments", officer, Examples.json("import-valid.json"));
        assertThat(amend.status()).isEqualTo(403);
        assertThat(amend.json().path("detail").asText()).contains("declarant");
    }

    @Test
    void an_analyst_can_neither_lodge_nor_release() {
        String analyst = Servers.token("analyst1");
        String mrn = held.lodge(trader1, Examples.withFreshLrn("import-valid.json")).json().path("mrn").asText();
        assertThat(api.lodge(analyst, Examples.withFreshLrn("import-valid.json")).status()).isEqualTo(403);
        assertThat(held.post("/api/v1/declarations/" + mrn + "/release", analyst, "{}").status()).isEqualTo(403);
    }

    @Test
    void an_officer_sees_every_traders_declarations() {
        String mrn = lodgeAsTrader1();
        ObjectNode d2 = Examples.withFreshLrn("import-valid.json");
        ObjectNode declarant = (ObjectNode) d2.path("declarant");
        declarant.put("id", Examples.TRADER2_PARTY).put("name", "Tulip Trading BV");
        Api.Answer lodged2 = api.lodge(trader2, d2);
        assertThat(lodged2.status()).as(lodged2.toString()).isEqualTo(201);

        assertThat(api.get("/api/v1/declarations/" + mrn, officer).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/declarations/" + mrn + "/events", officer).status()).isEqualTo(200);
        JsonNode list = api.get("/api/v1/declarations?limit=500", officer).json();
        assertThat(list.path("items").findValuesAsText("owner")).contains("trader1", "trader2");
        JsonNode byDeclarant = api.get("/api/v1/declarations?limit=500&declarantId=" + Examples.TRADER2_PARTY, officer).json();
        assertThat(LodgementTest.mrns(byDeclarant)).contains(lodged2.json().path("mrn").asText()).doesNotContain(mrn);
    }

    @Test
    void an_admin_creates_an_account_and_its_user_can_sign_in_and_lodge() {
        String username = "trader-" + Examples.freshLrn().toLowerCase();
        ObjectNode account = Api.JSON.createObjectNode().put("username", username).put("password", "correct horse")
                .put("role", "declarant").put("partyId", Examples.TRADER1_PARTY).put("displayName", "Northwind clerk");

        Api.Answer created = api.post("/api/v1/accounts", admin, account);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("username").asText()).isEqualTo(username);
        assertThat(created.json().path("role").asText()).isEqualTo("DECLARANT");
        assertThat(created.json().path("partyId").asText()).isEqualTo(Examples.TRADER1_PARTY);
        assertThat(created.json().has("password")).isFalse();
        assertThat(created.json().toString()).doesNotContain("argon");
        String token = api.signIn(username, "correct horse");
        Api.Answer lodged = api.lodge(token, Examples.withFreshLrn("lowvalue-valid.json"));
        assertThat(lodged.status()).isEqualTo(201);
        assertThat(lodged.json().path("owner").asText()).isEqualTo(username);

        assertThat(api.get("/api/v1/accounts", admin).json().path("items").findValuesAsText("username")).contains(username, "trader1");
        Api.Answer again = api.post("/api/v1/accounts", admin, account);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void account_creation_checks_its_input() {
        ObjectNode noParty = Api.JSON.createObjectNode().put("username", "x-" + Examples.freshLrn()).put("password", "long enough").put("role", "DECLARANT");
        assertThat(api.post("/api/v1/accounts", admin, noParty).problems()).containsExactly("REQUIRED_ELEMENT_MISSING@partyId");
        ObjectNode shortPassword = Api.JSON.createObjectNode().put("username", "x-" + Examples.freshLrn()).put("password", "short").put("role", "OFFICER");
        assertThat(api.post("/api/v1/accounts", admin, shortPassword).problems()).containsExactly("PASSWORD_TOO_SHORT@password");
        ObjectNode badRole = Api.JSON.createObjectNode().put("username", "x-" + Examples.freshLrn()).put("password", "long enough").put("role", "KING");
        Api.Answer a = api.post("/api/v1/accounts", admin, badRole);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.problems()).containsExactly("INVALID_VALUE@role");
    }

    @Test
    void only_an_admin_manages_accounts() {
        ObjectNode account = Api.JSON.createObjectNode().put("username", "sneaky-" + Examples.freshLrn()).put("password", "long enough").put("role", "ADMIN");
        for (String who : new String[] {trader1, officer}) {
            Api.Answer a = api.post("/api/v1/accounts", who, account);
            assertThat(a.status()).isEqualTo(403);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(api.get("/api/v1/accounts", who).status()).isEqualTo(403);
        }
        assertThat(api.post("/api/v1/auth/token", null, Api.JSON.createObjectNode()
                .put("username", account.path("username").asText()).put("password", "long enough")).status()).isEqualTo(401);
    }

    private String lodgeAsTrader1() {
        Api.Answer a = api.lodge(trader1, Examples.withFreshLrn("import-valid.json"));
        assertThat(a.status()).isEqualTo(201);
        return a.json().path("mrn").asText();
    }
}
