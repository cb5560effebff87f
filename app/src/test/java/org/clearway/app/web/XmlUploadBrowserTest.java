package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearway.app.it.Examples;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In Chromium, a trader uploads a WCO DEC-DMS .xml file on the lodge page: lodged with an MRN, or problems pointing at the element. */
class XmlUploadBrowserTest {
    private static Chromium chromium;

    @BeforeAll
    static void launch() { chromium = Chromium.launch(); }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
    }

    private static Path file(String name, String xml) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "xml-upload"));
        return Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
    }

    private static String imz(String lrn) throws Exception {
        try (var in = XmlUploadBrowserTest.class.getResourceAsStream("/org/clearway/app/it/dec-dms/imz-trader1.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<FunctionalReferenceID>Agg_Supp_Dec_Z</FunctionalReferenceID>", "<FunctionalReferenceID>" + lrn + "</FunctionalReferenceID>");
        }
    }

    @Test
    void aTraderUploadsADecDmsFileAndThenABrokenOne() throws Exception {
        String base = Servers.standard().api().base();
        try (BrowserContext context = chromium.newContext()) {
            Page page = Chromium.signIn(context, base, "trader1");
            String lrn = Examples.freshLrn();
            page.navigate(base + "/trader/lodge");
            page.getByLabel("Declaration file").setInputFiles(file("imz.xml", imz(lrn)));
            page.getByText("Upload and lodge").click();
            page.waitForURL(url -> url.contains("/declarations/") && url.contains("done="));
            assertThat(page.content()).contains(lrn);

            String xml = imz(Examples.freshLrn());
            int second = xml.indexOf("<SequenceNumeric>2</SequenceNumeric>");
            String broken = xml.substring(0, second) + xml.substring(second).replaceFirst("<ID>18040000</ID>", "<ID>18O40000</ID>");
            page.navigate(base + "/trader/lodge");
            page.getByLabel("Declaration file").setInputFiles(file("broken.xml", broken));
            page.getByText("Upload and lodge").click();
            page.waitForSelector("#problems");
            String problems = page.locator("#problems").textContent();
            assertThat(problems).contains("broken.xml was not lodged")
                    .contains("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID")
                    .contains("18O4000000 is not valid").contains("Nothing was stored");
        }
    }
}
