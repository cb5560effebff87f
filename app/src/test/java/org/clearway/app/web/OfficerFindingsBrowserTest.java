package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clearway.app.it.Examples;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The officer records an inspection result on the declaration page, in Debian's Chromium (same setup as {@link WebBrowserTest}). */
class OfficerFindingsBrowserTest {
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        if (!Files.isExecutable(WebBrowserTest.CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) fail("Chromium is missing at " + WebBrowserTest.CHROMIUM);
            assumeTrue(false, "browser tests skipped: no Chromium at " + WebBrowserTest.CHROMIUM);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(WebBrowserTest.CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    private static Page signIn(BrowserContext context, String base, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(base + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(username);
        page.getByLabel("Password").press("Enter");
        page.waitForURL(url -> !url.contains("/sign-in"));
        return page;
    }

    private static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(WebBrowserTest.SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(WebBrowserTest.SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void officerRecordsADiscrepancyWithItsRevenueAdjustmentAndABadQuantityIsExplained() throws Exception {
        var answer = Servers.allRed().api().lodge(Servers.token("trader1"), Examples.withFreshLrn("import-valid.json"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String mrn = answer.json().path("mrn").asText();
        String base = Servers.allRed().api().base();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 800))) {
            Page page = signIn(context, base, "officer1");
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
