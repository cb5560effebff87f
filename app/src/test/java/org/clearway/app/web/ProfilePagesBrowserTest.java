package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyst's profile pages in Debian's Chromium, same setup as {@link Chromium}: write a
 * profile with an error and see it at the expression, fix it, back-test, submit; the author is told
 * why they cannot approve; a second analyst approves. Leaves screenshots in docs/screenshots/.
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
}
