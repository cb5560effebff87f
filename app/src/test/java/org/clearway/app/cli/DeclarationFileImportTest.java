package org.clearway.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.Main;
import org.clearway.app.demo.DemoData;
import org.clearway.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code ./clearway import FILE --format xml}: a DEC-DMS file is lodged for its declarant through the
 * same service as the API; a second run skips it; a broken file goes to the report with its problems.
 */
class DeclarationFileImportTest {
    private static Path dir;

    @BeforeAll
    static void start() {
        dir = Path.of("target", "declaration-import-test", UUID.randomUUID().toString()).toAbsolutePath();
        try (Clearway app = new Clearway(Database.embedded(dir.resolve("db")), Administration.defaults(), Clock.systemUTC())) {
            new DemoData(app).ensure();
        }
    }

    private static String imz(String lrn) throws IOException {
        try (InputStream in = DeclarationFileImportTest.class.getResourceAsStream("/org/clearway/app/it/dec-dms/imz-trader1.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<FunctionalReferenceID>Agg_Supp_Dec_Z</FunctionalReferenceID>", "<FunctionalReferenceID>" + lrn + "</FunctionalReferenceID>");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = cmd.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(was);
        }
    }

    @Test
    void anXmlDeclarationIsLodgedOnceAndABrokenOneIsReported() throws Exception {
        Path file = dir.resolve("imz.xml");
        Files.writeString(file, imz("CLI-XML-1"));
        String db = dir.resolve("db").toString();

        Run first = cli("import", file.toString(), "--format", "xml", "--as", "trader1", "--data-dir", db);
        assertThat(first.exit()).as(first.toString()).isEqualTo(0);
        assertThat(first.out()).contains("1: CLI-XML-1 accepted, MRN ").contains("1 accepted, 0 skipped (already accepted), 0 rejected");

        Run again = cli("import", file.toString(), "--format", "xml", "--as", "trader1", "--data-dir", db);
        assertThat(again.exit()).isEqualTo(0);
        assertThat(again.out()).contains("0 accepted, 1 skipped (already accepted), 0 rejected");

        Path broken = dir.resolve("broken.xml");
        String xml = imz("CLI-XML-2");
        Files.writeString(broken, xml.replace("<ID>18040000</ID>", "<ID>18O40000</ID>"));
        Run rejected = cli("import", broken.toString(), "--format", "xml", "--as", "trader1", "--data-dir", db);
        assertThat(rejected.exit()).isEqualTo(3);
        List<String> report = Files.readAllLines(dir.resolve("broken.xml.rejected.csv"));
        assertThat(report.getFirst()).isEqualTo("line,lrn,code,field,message");
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).startsWith("1,,INVALID_VALUE,/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID,");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        Run run = cli("import", "nothing.dat", "--format", "cobol", "--as", "trader1", "--data-dir", dir.resolve("db").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unknown format 'cobol'; use csv, jsonl, xml");
    }
}
