package org.clearway.app.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, as every browser test here uses it: nothing downloaded,
 * the flags this machine's closed network needs, a fixed viewport. Without /usr/bin/chromium the
 * tests are skipped, except under CI=true, where they fail.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            if ("true".equals(System.getenv("CI"))) fail("Chromium is missing at " + EXECUTABLE + "; CI must install it (apt-get install chromium)");
            assumeTrue(false, "browser tests skipped: no Chromium at " + EXECUTABLE + " (apt-get install chromium)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 800));
    }

    /** Signs a demo account in (its password is its name) on a new page of the context. */
    static Page signIn(BrowserContext context, String base, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(base + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(username);
        page.getByLabel("Password").press("Enter");
        page.waitForURL(url -> !url.contains("/sign-in"));
        return page;
    }

    static void screenshot(Page page, String name, boolean fullPage) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(fullPage));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
