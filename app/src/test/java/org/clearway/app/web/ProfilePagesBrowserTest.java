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
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyst's profile pages in Debian's Chromium, same setup as {@link WebBrowserTest}: write a
 * profile with an error and see it at the expression, fix it, back-test, submit; the author is told
 * why they cannot approve; a second analyst approves. Leaves screenshots in docs/screenshots/.
 * The profile selects no origin that exists ("ZZ"), so putting it in force changes no other test's lanes.
 */
class ProfilePagesBrowserTest {
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
    void analystWritesFixesBackTestsAndSubmitsAndAnotherAnalystApproves() throws Exception {
        String base = Servers.allRed().api().base();
        String name = "Unknown origin ZZ " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext author = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 800))) {
            Page page = signIn(author, base, "analyst1");
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
            screenshot(page, "analyst-profile-editor-error");

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

            try (BrowserContext approver = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 800))) {
                Page other = signIn(approver, base, "analyst2");
                other.navigate(profileUrl);
                other.getByText("Approve", new Page.GetByTextOptions().setExact(true)).click();
                other.waitForURL("**?done=approved+and+in+force");
                assertThat(other.locator("#profile-status").textContent()).contains("In force");
                other.navigate(base + "/analyst/profiles");
                assertThat(other.locator("#profiles").textContent()).contains(name).contains("In force");
                screenshot(other, "analyst-profiles");
            }
        }
    }
}
