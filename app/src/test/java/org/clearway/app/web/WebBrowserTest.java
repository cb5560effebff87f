package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import org.clearway.app.it.Examples;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end in Debian's Chromium (driven by Playwright, nothing downloaded): the officer's and the
 * trader's flows on a real server and database. Without /usr/bin/chromium the tests are skipped, with
 * a message, except in CI (CI=true), where they fail. They leave screenshots of the main pages in
 * docs/screenshots/.
 */
class WebBrowserTest {
    private static Chromium chromium;
    private BrowserContext context;
    private Page page;
    private String base;

    @BeforeAll
    static void launch() { chromium = Chromium.launch(); }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    @BeforeEach
    void open() {
        // every lodgement on this server goes red, so the officer's declaration is surely in the queue
        base = Servers.allRed().api().base();
        context = chromium.newContext();
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeContext() { context.close(); }

    private void signIn(String username) {
        page.navigate(base + "/");
        assertThat(page.url()).endsWith("/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(username);
        page.getByLabel("Password").press("Enter");
        page.waitForURL(url -> !url.contains("/sign-in"));
    }

    /** The visible part of the page (long lists would make large files); the declaration and the dashboard whole. */
    private void screenshot(String name) {
        Chromium.screenshot(page, name, name.equals("officer-declaration") || name.equals("dashboard"));
    }

    private String lodge(String trader, String example) {
        var declaration = Examples.withFreshLrn(example);
        if (trader.equals("trader2")) {
            declaration.with("declarant").put("id", Examples.TRADER2_PARTY).put("name", "Tulip Trading BV");
        }
        var answer = Servers.allRed().api().lodge(Servers.token(trader), declaration);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("mrn").asText();
    }

    @Test
    void officerOpensARedDeclarationSeesItsReasonsSeizesItAndTheQueueChanges() {
        String mrn = lodge("trader1", "import-valid.json");
        signIn("officer1");
        assertThat(page.url()).endsWith("/officer/queue");
        assertThat(page.locator("tr[data-mrn='" + mrn + "']").textContent()).contains("Red: physical check");
        screenshot("officer-queue");

        page.locator("tr[data-mrn='" + mrn + "'] a").click();
        page.waitForURL("**/declarations/" + mrn);
        assertThat(page.locator("h1").textContent()).contains(mrn);
        assertThat(page.locator("#reasons li").allTextContents()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(page.locator("#reasons").textContent()).containsIgnoringCase("random");
        assertThat(page.locator("#timeline li").count()).isGreaterThanOrEqualTo(2);
        screenshot("officer-declaration");

        page.getByLabel("Reason for seizure").fill("undeclared lithium batteries found in the cartons");
        page.getByText("Seize the goods").click();
        page.waitForURL("**/declarations/" + mrn + "?done=seized");
        assertThat(page.locator("#status").textContent()).isEqualTo("Seized");
        assertThat(page.locator("#timeline").textContent()).contains("undeclared lithium batteries");
        assertThat(page.locator(".actions").count()).isZero();

        page.getByText("Work queue").first().click();
        page.waitForURL("**/officer/queue");
        assertThat(page.locator("tr[data-mrn='" + mrn + "']").count()).isZero();
    }

    @Test
    void officerReroutesAndReleasesWithTheKeyboardAlone() {
        String mrn = lodge("trader1", "lowvalue-valid.json");
        signIn("officer1");
        page.navigate(base + "/officer/queue?lane=RED");
        // keyboard: the skip link comes first, then the page's links in order
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to content");
        page.navigate(base + "/declarations/" + mrn);
        page.getByLabel("New lane").selectOption("YELLOW");
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("documents suffice for a parcel");
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        page.waitForURL("**?done=re-routed");
        assertThat(page.locator("#lane").textContent()).contains("Yellow");
        assertThat(page.locator("#reasons").textContent()).contains("documents suffice for a parcel");

        page.getByLabel("Note (optional)").fill("invoice checked");
        page.getByLabel("Note (optional)").press("Enter");
        page.waitForURL("**?done=released");
        assertThat(page.locator("#status").textContent()).isEqualTo("Released");

        page.navigate(base + "/dashboard");
        assertThat(page.locator("#release-h").textContent()).contains("lodgement to release");
        // the demo data's past weeks of checks: results, hit rate and revenue over time, each chart with its numbers
        assertThat(page.locator("#hits-h").textContent()).contains("hit rate per day");
        assertThat(page.locator("svg.chart[aria-label^='Inspection results recorded per day']").count()).isEqualTo(1);
        assertThat(page.locator("svg.chart[aria-label^='Hit rate per day'] circle").count()).isPositive();
        assertThat(page.locator("svg.chart[aria-label^='Revenue recovered per day'] rect.revenue").count()).isPositive();
        assertThat(Integer.parseInt(page.locator("#results-total").textContent())).isPositive();
        assertThat(page.locator("#hit-rate-total").textContent()).endsWith(" %");
        assertThat(page.locator("#revenue-total").textContent()).endsWith(" GBP").doesNotStartWith("0 ");
        // five charts over time (lanes, inspection rate, results, hit rate, revenue) with four tables (results and hit rate share one),
        // three release-time charts with their tables in the open
        assertThat(page.locator("svg.chart").count()).isEqualTo(8);
        assertThat(page.locator("details.numbers").count()).isEqualTo(4);
        screenshot("dashboard");
        page.getByText("Inspection results per day: the numbers").click();
        assertThat(page.locator("details.numbers[open] table").textContent()).contains("Discrepancy").contains("Revenue recovered (GBP)");
        page.navigate(base + "/dashboard?days=90");
        assertThat(page.locator("#hits-h").textContent()).contains("per week");
    }

    @Test
    void traderUploadsAnInvalidFileAndSeesTheProblemsAgainstTheFields() {
        signIn("trader1");
        assertThat(page.url()).endsWith("/trader/declarations");
        screenshot("trader-declarations");
        page.getByText("Lodge a declaration").first().click();
        page.getByLabel("Declaration file").setInputFiles(Path.of("..", "examples", "declarations", "invalid-hs-unknown.json"));
        page.getByText("Upload and lodge").click();
        page.waitForSelector("#problems");
        String problems = page.locator("#problems").textContent();
        assertThat(problems).contains("Item 1 › Commodity code (HS)").contains("847199").contains("does not exist");
        assertThat(problems).contains("Nothing was stored");
        screenshot("trader-lodge-problems");

        page.getByLabel("Declaration file").setInputFiles(Path.of("..", "examples", "declarations", "invalid-invoice-mismatch.json"));
        page.getByText("Upload and lodge").click();
        page.waitForSelector("#problems");
        assertThat(page.locator("#problems").textContent()).contains("invalid-invoice-mismatch.json was not lodged").contains("Invoice");
    }

    @Test
    void aTraderCannotOpenAnOfficerPageNorAnotherTradersDeclaration() {
        String others = lodge("trader2", "import-valid.json");
        signIn("trader1");
        Response queue = page.navigate(base + "/officer/queue");
        assertThat(queue.status()).isEqualTo(403);
        assertThat(page.locator("h1").textContent()).isEqualTo("Not allowed");
        assertThat(page.locator("body").textContent()).doesNotContain("Work queue");

        Response other = page.navigate(base + "/declarations/" + others);
        assertThat(other.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
        assertThat(page.locator("body").textContent()).doesNotContain("Tulip Trading");

        Response dashboard = page.navigate(base + "/dashboard");
        assertThat(dashboard.status()).isEqualTo(403);
    }

    @Test
    void signInPageAndWrongPassword() {
        page.navigate(base + "/sign-in");
        screenshot("sign-in");
        page.getByLabel("Username").fill("officer1");
        page.getByLabel("Password").fill("not-the-password");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("[role=alert]").textContent()).contains("username or the password is wrong");
        assertThat(page.getByLabel("Username").inputValue()).isEqualTo("officer1");
    }
}
