package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.clearway.app.it.Examples;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The officer's findings on the declaration page, in Debian's Chromium (same setup as {@link Chromium}):
 * an inspection result, and a watch-list match cleared as a false positive.
 */
class OfficerFindingsBrowserTest {
    private static Chromium chromium;

    @BeforeAll
    static void launch() { chromium = Chromium.launch(); }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    @Test
    void officerRecordsADiscrepancyWithItsRevenueAdjustmentAndABadQuantityIsExplained() throws Exception {
        var answer = Servers.allRed().api().lodge(Servers.token("trader1"), Examples.withFreshLrn("import-valid.json"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String mrn = answer.json().path("mrn").asText();
        String base = Servers.allRed().api().base();
        try (BrowserContext context = chromium.newContext()) {
            Page page = Chromium.signIn(context, base, "officer1");
            page.navigate(base + "/declarations/" + mrn);
            assertThat(page.locator("#matches-h").textContent()).isEqualTo("Watch-list matches");
            page.getByLabel("Seizure (with the goods and quantity below)").check();
            page.getByLabel("Goods category (for a seizure)").fill("counterfeit chargers");
            page.getByLabel("Quantity seized").fill("-3");
            page.getByText("Record the result").click();
            assertThat(page.locator(".problem").textContent()).contains("quantity must be above zero");

            page.navigate(base + "/declarations/" + mrn);
            page.getByLabel("Discrepancy (with the revenue adjustment below)").check();
            page.getByLabel("Revenue adjustment (for a discrepancy)").fill("412.50");
            page.getByLabel("Remarks on the result, if any").fill("laptops undervalued");
            page.getByText("Record the result").click();
            page.waitForURL("**?done=inspection+result+recorded");
            assertThat(page.locator("#inspection-result").textContent()).contains("Discrepancy").contains("412.50").contains("officer1").contains("laptops undervalued");
            assertThat(page.getByText("Record the result").count()).isZero();
        }
    }

    @Test
    void officerClearsAWatchListMatchAsAFalsePositiveAndSeesTheHoldsReasonMarkedCleared() throws Exception {
        // the exporter bears the name of a listed bank; its own EORI keeps the clearance to this test's party
        ObjectNode d = Examples.withFreshLrn("import-valid.json");
        ObjectNode exporter = (ObjectNode) d.get("exporter");
        exporter.put("name", "Banco Nacional de Cuba").put("id", "CU" + (100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 900_000_000L)));
        ((ObjectNode) exporter.get("address")).put("country", "CU");
        var answer = Servers.standard().api().lodge(Servers.token("trader1"), d);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String mrn = answer.json().path("mrn").asText();
        assertThat(answer.json().path("lane").asText()).as("a watch-list match holds in red").isEqualTo("RED");
        String base = Servers.standard().api().base();
        try (BrowserContext context = chromium.newContext()) {
            Page page = Chromium.signIn(context, base, "officer1");
            page.navigate(base + "/declarations/" + mrn);
            var hold = page.locator("#reasons li", new Page.LocatorOptions().setHasText("WATCHLIST_MATCH")).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("entry 306 "));
            assertThat(hold.textContent()).contains("Banco Nacional de Cuba").contains("OFAC-SDN").doesNotContain("Cleared");
            var row = page.locator("#matches tr", new Page.LocatorOptions().setHasText("306 BANCO NACIONAL DE CUBA"));
            row.getByLabel("Why it is not this entry").fill("a namesake: registered in Havana in 2019, checked with the registry");
            row.getByText("Clear as false positive").click();
            page.waitForURL("**?done=match+cleared+as+false+positive");

            assertThat(hold.getAttribute("class")).isEqualTo("cleared");
            assertThat(hold.textContent()).contains("Cleared as a false positive").contains("officer1").contains("checked with the registry");
            assertThat(page.locator("section:has(#matches-h)").textContent()).doesNotContain("306 BANCO NACIONAL DE CUBA");
            Chromium.screenshot(page, "officer-watchlist-cleared", false);
        }
    }
}
