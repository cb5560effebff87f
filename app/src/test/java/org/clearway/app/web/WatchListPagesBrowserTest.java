package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An analyst imports a watch list from the browser (Debian's Chromium, see {@link Chromium}): a bad
 * file is refused with each problem at its line and nothing imported; the corrected file is imported
 * and listed, and screening uses it. An officer sees the lists but no import form. The names on the
 * list are made up, so no other test's party matches them.
 */
class WatchListPagesBrowserTest {
    private static Chromium chromium;

    @BeforeAll
    static void launch() { chromium = Chromium.launch(); }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    private static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void analystUploadsAListSeesTheProblemsAtTheirLinesThenImportsTheCorrectedFile() throws Exception {
        var server = Servers.allRed();
        String base = server.api().base();
        String list = "national-" + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext context = chromium.newContext()) {
            Page page = Chromium.signIn(context, base, "analyst1");
            page.getByText("Watch lists").first().click();
            page.waitForURL("**/analyst/watchlists");
            assertThat(page.locator("tr[data-list='OFAC-SDN']").textContent()).contains("bundled with Clearway");

            page.getByLabel("List name").fill(list);
            page.getByLabel("Source (optional: where the list comes from)").fill("national intelligence unit, bulletin 47");
            page.getByLabel("List file (CSV)").setInputFiles(csv("bulletin-47.csv",
                    "entry_id,name,country\nQX-1,Zorvath Quillimore Freight,RUS\nQX-1,Other Name,\n"));
            page.getByText("Import the list").click();
            page.waitForSelector("#problems");
            String problems = page.locator("#problems").textContent();
            assertThat(problems).contains("bulletin-47.csv was not imported").contains("line 2").contains("BAD_COUNTRY")
                    .contains("line 3").contains("DUPLICATE_ENTRY_ID").contains("Nothing was imported");
            assertThat(page.getByLabel("List name").inputValue()).isEqualTo(list);
            assertThat(page.locator("tr[data-list='" + list + "']").count()).isZero();

            page.getByLabel("List file (CSV)").setInputFiles(csv("bulletin-47.csv",
                    "entry_id,name,aliases,country\nQX-1,Zorvath Quillimore Freight,ZQ Freight Lines,RU\nQX-2,Ildaro Vexmont,,BY\n"));
            page.getByText("Import the list").click();
            page.waitForURL("**/analyst/watchlists?imported=*");
            assertThat(page.locator("[role=status]").textContent()).contains(list);
            String row = page.locator("tr[data-list='" + list + "']").textContent();
            assertThat(row).contains("national intelligence unit, bulletin 47").contains("2").contains("analyst1");
            Chromium.screenshot(page, "analyst-watchlists", true);
        }
        // the server's screening now knows the entry
        var screened = server.api().post("/api/v1/screening", Servers.token("officer1"), "{\"name\":\"Zorvath Quillimore Freight\"}");
        assertThat(screened.body()).contains(list).contains("QX-1");

        try (BrowserContext context = chromium.newContext()) {
            Page page = Chromium.signIn(context, base, "officer1");
            page.navigate(base + "/analyst/watchlists");
            assertThat(page.locator("tr[data-list='" + list + "']").count()).isEqualTo(1);
            assertThat(page.getByText("Import the list").count()).isZero();
            assertThat(page.locator("main").textContent()).contains("Only analysts import lists");
        }
    }
}
