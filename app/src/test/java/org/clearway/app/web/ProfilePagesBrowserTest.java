package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.clearway.app.it.Examples;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyst's profile pages in Debian's Chromium, same setup as {@link Chromium}: write a
 * profile with an error and see it at the expression, fix it, back-test, submit; the author is told
 * why they cannot approve; a second analyst approves, and later retires it. Leaves screenshots in docs/screenshots/.
 * The profile selects no origin that exists ("ZZ"), so putting it in force changes no other test's lanes.
 */
class ProfilePagesBrowserTest {
    private static Chromium chromium;

    @BeforeAll
    static void launch() { chromium = Chromium.launch(); }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    @Test
    void analystWritesFixesBackTestsAndSubmitsAndAnotherAnalystApproves() throws Exception {
        String base = Servers.allRed().api().base();
        String name = "Unknown origin ZZ " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext author = chromium.newContext()) {
            Page page = Chromium.signIn(author, base, "analyst1");
            page.navigate(base + "/analyst/profiles");
            page.getByText("Write a new profile").click();
            page.getByLabel("Name").fill(name);
            page.getByLabel("Expression (CEL)").fill("\"ZZ\" in origins &&\n  origin == \"ZZ\"");
            page.getByLabel("Send to lane").selectOption("RED");
            page.getByLabel("Reason (shown to the officer)").fill("no such country: a test of the editor");
            page.getByText("Save the draft").click();

            String error = page.locator("#e-expression").textContent();
            assertThat(error).contains("line 2, column").containsIgnoringCase("origin");
            assertThat(page.getByLabel("Expression (CEL)").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.getByLabel("Expression (CEL)").inputValue()).contains("origin == \"ZZ\"");
            assertThat(page.getByLabel("Name").inputValue()).isEqualTo(name);
            Chromium.screenshot(page, "analyst-profile-editor-error", true);

            page.getByLabel("Expression (CEL)").fill("\"ZZ\" in origins");
            page.getByText("Save the draft").click();
            page.waitForURL("**/analyst/profiles/*?done=draft+saved");
            assertThat(page.locator("#profile-status").textContent()).contains("Draft");
            String profileUrl = page.url().replaceAll("\\?.*", "");

            page.getByLabel("Period from").fill("2020-01-01");
            page.getByText("Run the back-test").click();
            page.waitForSelector("#back-test");
            assertThat(Long.parseLong(page.locator("#bt-examined").textContent())).isPositive();
            assertThat(page.locator("#bt-selected").textContent()).startsWith("0 ");

            page.getByText("Submit for approval").click();
            page.waitForURL("**?done=submitted+for+approval");
            assertThat(page.locator("#profile-status").textContent()).contains("Waiting for approval");
            assertThat(page.locator("#four-eyes").textContent()).contains("another analyst must approve");
            assertThat(page.getByText("Approve", new Page.GetByTextOptions().setExact(true)).count()).isZero();

            try (BrowserContext approver = chromium.newContext()) {
                Page other = Chromium.signIn(approver, base, "analyst2");
                other.navigate(profileUrl);
                other.getByText("Approve", new Page.GetByTextOptions().setExact(true)).click();
                other.waitForURL("**?done=approved+and+in+force");
                assertThat(other.locator("#profile-status").textContent()).contains("In force");
                other.navigate(base + "/analyst/profiles");
                assertThat(other.locator("#profiles").textContent()).contains(name).contains("In force");
                Chromium.screenshot(other, "analyst-profiles", true);

            }
        }
    }

    @Test
    void theProfilePageShowsSelectionsHitsHitRateAndRevenueAndAnAnalystRetiresIt() throws Exception {
        var api = Servers.allRed().api();
        String base = api.base();
        // a profile that selects only the declarations of one exporter made up for this test
        String exporter = "CN" + (100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 900_000_000L));
        String name = "Exporter " + exporter + " under watch";
        var created = api.post("/api/v1/profiles", Servers.token("analyst1"), """
                {"name": "%s", "expression": "exporter == \\"%s\\"", "lane": "RED",
                 "reason": "intelligence: this exporter ships undervalued laptops", "validFrom": "2026-01-01"}""".formatted(name, exporter));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(api.post("/api/v1/profiles/" + id + "/submission", Servers.token("analyst1"), "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/profiles/" + id + "/approval", Servers.token("analyst2"), "{}").status()).isEqualTo(200);
        // three of its selections checked: a discrepancy with revenue, a seizure, a clean one
        List<String> results = List.of(
                "{\"outcome\":\"DISCREPANCY\",\"revenueAdjustment\":\"250.00\"}",
                "{\"outcome\":\"SEIZURE\",\"goodsCategory\":\"counterfeit laptops\",\"quantity\":\"12\",\"unit\":\"NAR\"}",
                "{\"outcome\":\"NO_DISCREPANCY\"}");
        for (String result : results) {
            ObjectNode d = Examples.withFreshLrn("import-valid.json");
            ((ObjectNode) d.get("exporter")).put("id", exporter);
            var lodged = api.lodge(Servers.token("trader1"), d);
            assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
            var recorded = api.post("/api/v1/declarations/" + lodged.json().path("mrn").asText() + "/inspection", Servers.token("officer1"), result);
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = Chromium.signIn(context, base, "analyst2");
            page.navigate(base + "/analyst/profiles/" + id);
            assertThat(page.locator("#profile-status").textContent()).contains("In force");
            assertThat(page.locator("#profile-selections").textContent()).isEqualTo("3");
            assertThat(page.locator("#profile-hits").textContent()).isEqualTo("2 of 3 inspected");
            assertThat(page.locator("#profile-hit-rate").textContent()).isEqualTo("66.7 %");
            assertThat(page.locator("#profile-revenue").textContent()).isEqualTo("250.00");
            Chromium.screenshot(page, "analyst-profile", true);

            page.getByLabel("Reason for retiring version 1").fill("intelligence expired");
            page.getByText("Retire the profile").click();
            page.waitForURL("**?done=retired");
            assertThat(page.locator("#profile-status").textContent()).contains("Retired");
            assertThat(page.getByText("Retire the profile").count()).isZero();
            // its statistics stay
            assertThat(page.locator("#profile-selections").textContent()).isEqualTo("3");
        }
        // and it selects no more (on the server where it was retired, whose assessment reloaded)
        ObjectNode next = Examples.withFreshLrn("import-valid.json");
        ((ObjectNode) next.get("exporter")).put("id", exporter);
        var after = api.lodge(Servers.token("trader1"), next);
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.body()).contains("RANDOM_SELECTION").doesNotContain(name);
    }
}
