package org.clearway.app.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.Main;
import org.clearway.app.cli.GenerateManifestCommand;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
import org.clearway.core.declaration.PartyId;
import org.clearway.app.clearance.ManifestImport;
import org.clearway.formats.manifest.ManifestFormat;
import org.clearway.formats.manifest.ManifestReader;
import org.clearway.store.Database;
import org.clearway.store.audit.VerifyResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A trader lodges a manifest of parcels from the command line and over HTTP, on a real embedded
 * PostgreSQL: good lines are lodged, bad ones reported with their line and problems, a second run
 * skips what is in, and the audit chain stays intact.
 */
class ManifestImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static Database db;
    private static Clearway app;
    private static ApiServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of("target", "manifest-test", UUID.randomUUID().toString()).toAbsolutePath());
        db = Database.embedded(dir.resolve("db"));
        app = new Clearway(db, Administration.defaults(), Clock.systemUTC());
        new DemoData(app).ensure();
        server = ApiServer.start(app, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (app != null) app.close();
    }

    private static long stored(String lrnPrefix) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM declarations WHERE lrn LIKE :p")
                .bind("p", lrnPrefix + "-%").mapTo(Long.class).one());
    }

    private static Path manifest(String name, String lrnPrefix, int count, String... extraLines) throws Exception {
        Path file = dir.resolve(name);
        GenerateManifestCommand.write(file, ManifestFormat.CSV, count,
                new SyntheticConsignments(7, new PartyId("GB100000000001"), "Northwind Imports Ltd", lrnPrefix, LocalDate.now()));
        if (extraLines.length > 0) Files.writeString(file, String.join("\n", extraLines) + "\n", java.nio.file.StandardOpenOption.APPEND);
        return file;
    }

    private static int cli(StringWriter out, String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(out, true));
        return cmd.execute(args);
    }

    @Test
    void the_trader_imports_a_manifest_gets_a_report_of_the_bad_lines_and_a_second_run_skips_what_is_in() throws Exception {
        List<String> lines = Files.readAllLines(manifest("probe.csv", "CLI", 1));
        String good = lines.get(1);
        String badHs = good.replace("CLI-1,", "CLI-BAD-HS,").replaceFirst(",(\\d{6}),", ",999999,");
        String otherDeclarant = good.replace("CLI-1,GB100000000001", "CLI-OTHER,NL200000000002");
        String sameLrnOtherContent = good.replace("CLI-1,", "CLI-30,").replace(",GBLHR001,", ",GBFXT001,");
        Path file = manifest("parcels.csv", "CLI", 40, badHs, otherDeclarant, sameLrnOtherContent, good.substring(0, 30));
        Path report = dir.resolve("parcels.report.csv");
        StringWriter err = new StringWriter();

        int exit = cli(err, "import", file.toString(), "--format", "csv", "--as", "trader1", "--report", report.toString(),
                "--no-progress", "--batch", "16", "--data-dir", dir.resolve("db").toString());

        assertThat(exit).as(err.toString()).isEqualTo(3);
        assertThat(stored("CLI")).isEqualTo(40);
        List<String> rows = Files.readAllLines(report);
        assertThat(rows.getFirst()).isEqualTo("line,lrn,code,field,message");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("42,CLI-BAD-HS,HS_CODE_UNKNOWN,hsCode,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("43,CLI-OTHER,DECLARANT_NOT_AUTHORISED,declarantId,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("44,CLI-30,LRN_ALREADY_USED,lrn,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("45,CLI-1,CSV_FIELD_COUNT,,").contains("truncated"));
        assertThat(rows).hasSize(5);

        // Interrupted or not, running it again lodges nothing twice.
        exit = cli(err, "import", file.toString(), "--format", "csv", "--as", "trader1", "--report", report.toString(),
                "--no-progress", "--data-dir", dir.resolve("db").toString());
        assertThat(exit).isEqualTo(3);
        assertThat(stored("CLI")).isEqualTo(40);
        assertThat(app.audit().verify()).isInstanceOf(VerifyResult.Intact.class);

        assertThat(cli(err, "import", file.toString(), "--format", "yaml", "--as", "trader1", "--data-dir", dir.resolve("db").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown format 'yaml'; use csv, jsonl");
    }

    @Test
    void a_json_lines_manifest_is_imported_the_same_way() throws Exception {
        Path file = dir.resolve("parcels.jsonl");
        GenerateManifestCommand.write(file, ManifestFormat.JSONL, 12,
                new SyntheticConsignments(9, new PartyId("GB100000000001"), "Northwind Imports Ltd", "JSONL", LocalDate.now()));
        Files.writeString(file, "{\"type\":\"LOW_VALUE\",\"lrn\":\"JSONL-CUT\",\"declarant\":{\"id\":\"GB1000", java.nio.file.StandardOpenOption.APPEND);
        Path report = dir.resolve("parcels.jsonl.rejected.csv");
        StringWriter err = new StringWriter();

        int exit = cli(err, "import", file.toString(), "--format", "jsonl", "--as", "trader1", "--no-progress",
                "--data-dir", dir.resolve("db").toString());

        assertThat(exit).as(err.toString()).isEqualTo(3);
        assertThat(stored("JSONL")).isEqualTo(12);
        assertThat(Files.readAllLines(report)).hasSize(2).last().satisfies(r -> assertThat(r).startsWith("13,JSONL-CUT,JSON_MALFORMED,,"));
        // The import's end is recorded last, by a commit that waits for the disk (its batches' did not).
        var end = app.audit().latest(1).getFirst();
        assertThat(end.action()).isEqualTo("manifest.import");
        assertThat(end.actor()).isEqualTo("trader1");
        assertThat(end.detail()).isEqualTo("{\"accepted\":12,\"skipped\":0,\"rejected\":1}");
        assertThat(app.audit().verify()).isInstanceOf(VerifyResult.Intact.class);
    }

    @Test
    void a_manifest_over_http_answers_with_the_counts_and_the_rejected_lines() throws Exception {
        Path file = manifest("http.csv", "HTTP", 25, "HTTP-X,GB100000000001,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,");
        HttpClient client = HttpClient.newHttpClient();
        String token = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"trader1\",\"password\":\"trader1\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/v1/manifests")).header("Authorization", "Bearer " + token);

        HttpResponse<String> first = client.send(post.copy().header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(first.body());
        assertThat(answer.path("accepted").asLong()).isEqualTo(25);
        assertThat(answer.path("rejected").asLong()).isEqualTo(1);
        JsonNode rejection = answer.path("rejections").get(0);
        assertThat(rejection.path("line").asLong()).isEqualTo(27);
        assertThat(rejection.path("lrn").asText()).isEqualTo("HTTP-X");
        List<String> fields = new ArrayList<>();
        rejection.path("problems").forEach(p -> fields.add(p.path("path").asText()));
        assertThat(fields).contains("declarantName", "importer", "items");

        JsonNode again = JSON.readTree(client.send(post.copy().header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(again.path("skipped").asLong()).isEqualTo(25);
        assertThat(again.path("accepted").asLong()).isZero();
        assertThat(stored("HTTP")).isEqualTo(25);

        HttpResponse<String> wrongType = client.send(post.copy().header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray("%PDF".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** Reads a CSV manifest through the import itself, in batches of {@code batch}, with this listener. */
    private static ManifestImport.Outcome importDirectly(Path file, int batch, ManifestImport.Listener listener) throws Exception {
        try (ManifestReader reader = ManifestReader.open(Files.newInputStream(file), ManifestFormat.CSV)) {
            return ManifestImport.of(app).run(app.accounts().find("trader1").orElseThrow(), reader, "manifest " + file.getFileName(),
                    batch, ManifestReader::inColumns, listener);
        }
    }

    @Test
    void repeats_across_batches_in_flight_and_an_lrn_lodged_meanwhile_are_caught_and_nothing_is_lost() throws Exception {
        // Batches of 2, so batches are read, prepared and written at the same time: line 14 repeats line 2
        // (the same consignment: skipped), line 15 reuses line 3's LRN with other content (refused), and
        // PIPE-3 is lodged by someone else (other content) once the first batch is in, when its batch, the
        // second, has most likely been prepared already: storing that batch then meets the unique key and
        // prepares it again. Whichever comes first, its line is refused and the rest of its batch lodged.
        List<String> lines = Files.readAllLines(manifest("pipe-probe.csv", "PIPE", 12));
        String otherContent = lines.get(2).replace(",GBLHR001,", ",GBFXT001,");
        Path file = manifest("pipe.csv", "PIPE", 12, lines.get(1), otherContent);
        String lodgedMeanwhile = new String(new org.clearway.formats.json.DeclarationJsonCodec().encode(
                ((org.clearway.formats.json.Decoded.Ok) ManifestReader.open(new java.io.ByteArrayInputStream(
                        (lines.get(0) + "\n" + lines.get(3).replace(",GBLHR001,", ",GBFXT001,") + "\n").getBytes(StandardCharsets.UTF_8)), ManifestFormat.CSV)
                        .next().orElseThrow().decoded()).declaration()), StandardCharsets.UTF_8);
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();

        ManifestImport.Outcome outcome = importDirectly(file, 2, new ManifestImport.Listener() {
            @Override public void rejected(org.clearway.formats.manifest.ManifestLine line, List<org.clearway.core.validation.Problem> problems) {
                refused.add(line.line() + ":" + line.lrn() + ":" + problems.getFirst().code());
            }

            @Override public void progress(ManifestImport.Outcome soFar) {
                if (once.compareAndSet(false, true)) {
                    app.declarations().lodge(app.accounts().find("trader1").orElseThrow(), lodgedMeanwhile.getBytes(StandardCharsets.UTF_8));
                }
            }
        });

        assertThat(refused).containsExactlyInAnyOrder("4:PIPE-3:LRN_ALREADY_USED", "15:PIPE-2:LRN_ALREADY_USED");
        assertThat(outcome).isEqualTo(new ManifestImport.Outcome(11, 1, 2));
        assertThat(stored("PIPE")).isEqualTo(12); // eleven from the manifest, PIPE-3 from the other lodgement
        String office = db.jdbi().withHandle(h -> h.createQuery("SELECT declaration::json -> 'transport' ->> 'customsOffice' FROM declarations WHERE lrn = 'PIPE-3'")
                .mapTo(String.class).one());
        assertThat(office).isEqualTo("GBFXT001");
        assertThat(app.audit().verify()).isInstanceOf(VerifyResult.Intact.class);
    }

    @Test
    void consignments_stored_before_the_import_are_found_even_after_batches_that_held_none() throws Exception {
        // The first batch (NEW-1, NEW-2) holds nothing stored, so the next batches are prepared without
        // asking which are; NEW-7 (same content: skipped) and NEW-9 (other content: refused) were lodged
        // before the import, so their batches meet the unique key and are prepared again, asking.
        Path file = manifest("new.csv", "NEW", 12);
        List<String> lines = Files.readAllLines(file);
        var trader1 = app.accounts().find("trader1").orElseThrow();
        var codec = new org.clearway.formats.json.DeclarationJsonCodec();
        for (String line : List.of(lines.get(7), lines.get(9).replace(",GBLHR001,", ",GBFXT001,"))) {
            var decoded = (org.clearway.formats.json.Decoded.Ok) ManifestReader.open(new java.io.ByteArrayInputStream(
                    (lines.get(0) + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8)), ManifestFormat.CSV).next().orElseThrow().decoded();
            app.declarations().lodge(trader1, codec.encode(decoded.declaration()));
        }
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());

        ManifestImport.Outcome outcome = importDirectly(file, 2, (line, problems) -> refused.add(line.line() + ":" + line.lrn() + ":" + problems.getFirst().code()));

        assertThat(refused).containsExactly("10:NEW-9:LRN_ALREADY_USED");
        assertThat(outcome).isEqualTo(new ManifestImport.Outcome(10, 1, 1));
        assertThat(stored("NEW")).isEqualTo(12);
        assertThat(app.audit().verify()).isInstanceOf(VerifyResult.Intact.class);
    }

    @Test
    void a_failure_while_storing_ends_the_import_with_an_error_instead_of_hanging_and_a_second_run_goes_on() throws Exception {
        Path file = manifest("fail.csv", "FAIL", 30);
        int[] batches = {0};
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> importDirectly(file, 4, new ManifestImport.Listener() {
                @Override public void rejected(org.clearway.formats.manifest.ManifestLine line, List<org.clearway.core.validation.Problem> problems) {}

                @Override public void progress(ManifestImport.Outcome soFar) {
                    if (++batches[0] == 3) throw new IllegalStateException("the progress file could not be written");
                }
            })).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("after 12 consignments were lodged").hasMessageContaining("the progress file could not be written");
        });
        assertThat(stored("FAIL")).isEqualTo(12);
        assertThat(app.audit().latest(1).getFirst().detail()).startsWith("{\"accepted\":12,\"skipped\":0,\"rejected\":0,\"failed\":")
                .contains("the progress file could not be written");
        ManifestImport.Outcome again = importDirectly(file, 4, (line, problems) -> {});
        assertThat(again).isEqualTo(new ManifestImport.Outcome(18, 12, 0));
        assertThat(stored("FAIL")).isEqualTo(30);
        assertThat(app.audit().verify()).isInstanceOf(VerifyResult.Intact.class);
    }
}
