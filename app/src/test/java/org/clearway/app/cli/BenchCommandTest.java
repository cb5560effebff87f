package org.clearway.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.clearway.app.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * `bench --only` names the parts to run; a misspelt part is refused before anything is measured. The
 * manifest part, small, runs to its checks and prints every line the docs quote.
 */
class BenchCommandTest {

    @Test
    void anUnknownPartIsRefusedWithTheListOfParts() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("bench", "--only", "pipeline,pipline")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown part 'pipline' for --only; choose from pipeline, http, pages, risk, manifest");
    }

    @Test
    void aSmallManifestBenchImportsChecksAndPrintsItsFigures() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var was = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.commandLine().execute("bench", "--only", "manifest", "--manifest-count", "3000", "--manifest-batch", "500");
        } finally {
            System.setOut(was);
        }
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("3,000 accepted, 0 rejected", "manifest CPU during the import, per consignment", "manifest machine during the import (/proc/stat", "manifest pace",
                "manifest heap", "3,000 stored with lane and assessment", "audit Intact", "wal_buffers=");
    }
}
