package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.clearway.app.it.Examples;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The officer records an inspection result on the declaration page, in Debian's Chromium (same setup as {@link Chromium}). */
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
}
