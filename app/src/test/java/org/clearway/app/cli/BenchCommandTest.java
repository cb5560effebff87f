package org.clearway.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.clearway.app.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `bench --only` names the parts to run; a misspelt part is refused before anything is measured. */
class BenchCommandTest {

    @Test
    void anUnknownPartIsRefusedWithTheListOfParts() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("bench", "--only", "pipeline,pipline")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown part 'pipline' for --only; choose from pipeline, http, pages, risk, manifest");
    }
}
