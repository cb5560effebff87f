package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CUSDEC over real HTTP: POST /api/v1/declarations with Content-Type application/edifact answers in
 * EDIFACT: CUSRES (same directory) on acceptance and on refusal with error points, CONTRL for syntax
 * errors; nothing is stored when refused. The interchanges are the formats module's test messages.
 */
class EdifactLodgementTest {
    private static final Path MESSAGES = Path.of("..", "formats", "src", "test", "resources", "org", "clearway", "formats", "edifact");
    private static final String EDIFACT = "application/edifact";
    private final Api api = Servers.standard().api();
    private final String trader1 = Servers.token("trader1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cusdec-d96b-import.edi, NWI-2026-0042, 96B", "cusdec-d01b-import.edi, NWI-2026-0043, 01B", "cusdec-d96b-export.edi, NWE-2026-0107, 96B"})
    void aCusdecIsAcceptedWithACusresInItsDirectory(String file, String lrnInFile, String directory) {
        String lrn = fresh();
        byte[] body = message(file, lrnInFile, lrn);

        Api.Answer lodged = api.post("/api/v1/declarations", trader1, EDIFACT, body);

        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        assertThat(lodged.contentType()).startsWith(EDIFACT);
        String mrn = lodged.header("Location").substring("/api/v1/declarations/".length());
        List<String> cusres = segments(lodged.body());
        assertThat(cusres).contains("UNH+1+CUSRES:D:" + directory + ":UN", "BGM+962+" + mrn + "+9+AP", "RFF+ABT:" + mrn, "RFF+ABE:" + lrn);
        assertThat(cusres).anyMatch(s -> s.matches("GIS\\+(GRN|BLU|YLW|RED):LAN:ZZZ"));
        assertThat(cusres).anyMatch(s -> s.matches("FTX\\+CUS\\+\\+\\+(ACCEPTED|ASSESSED|RELEASED)"));
        assertThat(cusres).contains("TAX+4").anyMatch(s -> s.startsWith("MOA+176:") && s.endsWith(":GBP"));

        Api.Answer stored = api.get("/api/v1/declarations/" + mrn, trader1);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().path("lrn").asText()).isEqualTo(lrn);
        assertThat(stored.json().path("declaration").path("items").size()).isPositive();
    }

    @Test
    void aReplayIsAnsweredAsADuplicateWithTheSameMrn() {
        byte[] body = message("cusdec-d96b-import.edi", "NWI-2026-0042", fresh());
        Api.Answer first = api.post("/api/v1/declarations", trader1, EDIFACT, body);
        Api.Answer again = api.post("/api/v1/declarations", trader1, "application/EDIFACT; charset=ISO-8859-1", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        String mrn = first.header("Location").substring("/api/v1/declarations/".length());
        assertThat(segments(again.body())).contains("BGM+962+" + mrn + "+7+AP");
    }

    @Test
    void anInvalidDeclarationIsRefusedWithACusresPointingToTheSegmentAndNothingIsStored() {
        String lrn = fresh();
        byte[] body = message("invalid-hs-unknown.edi", "NWI-2026-0942", lrn);

        Api.Answer refused = api.post("/api/v1/declarations", trader1, EDIFACT, body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith(EDIFACT);
        List<String> cusres = segments(refused.body());
        assertThat(cusres).contains("UNH+1+CUSRES:D:96B:UN", "BGM+962+" + lrn + "+27+RE", "RFF+ABE:" + lrn);
        // The second goods item's commodity code: CST at segment 31, element 2.1, line 33.
        assertThat(cusres).containsSubsequence("ERP+2:2+CST:31", "ERC+12");
        assertThat(cusres).anyMatch(s -> s.startsWith("FTX+AAO+++") && s.contains(":items[1].hsCode:element 2.1, line 33:"));
        assertNotStored(lrn);
    }

    @Test
    void aSyntaxErrorIsAnsweredWithContrlAndNothingIsStored() {
        String lrn = fresh();
        byte[] body = message("broken-unt-count.edi", "NWI-2026-0042", lrn);

        Api.Answer refused = api.post("/api/v1/declarations", trader1, EDIFACT, body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(EDIFACT);
        assertThat(segments(refused.body())).containsSubsequence("UNH+1+CONTRL:D:3:UN", "UCI+NWI0042+GB100000000001:ZZZ+CLEARWAY:ZZZ+7",
                "UCM+1+CUSDEC:D:96B:UN+4+29+UNT+1");
        assertNotStored(lrn);
    }

    @Test
    void anotherTradersDeclarantIsRefusedInACusres() {
        byte[] body = message("cusdec-d96b-import.edi", "NWI-2026-0042", fresh());
        Api.Answer refused = api.post("/api/v1/declarations", Servers.token("trader2"), EDIFACT, body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(segments(refused.body())).anyMatch(s -> s.startsWith("BGM+962+") && s.endsWith("+27+RE"));
    }

    private void assertNotStored(String lrn) {
        Api.Answer list = api.get("/api/v1/declarations?limit=200", trader1);
        assertThat(list.json().path("items").findValuesAsText("lrn")).doesNotContain(lrn);
    }

    private static String fresh() { return "EDI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(); }

    /** A test message with its LRN replaced, so that each test lodges a declaration of its own. */
    private static byte[] message(String file, String lrnInFile, String lrn) {
        try {
            String text = new String(Files.readAllBytes(MESSAGES.resolve(file)), StandardCharsets.ISO_8859_1);
            assertThat(text).contains("+" + lrnInFile + "+9'");
            return text.replace(lrnInFile, lrn).getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> segments(String answer) {
        return Arrays.stream(answer.split("(?<!\\?)'\\n?")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
