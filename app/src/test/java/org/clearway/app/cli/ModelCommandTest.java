package org.clearway.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearway.app.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The model commands as a user scripts them: train on a slice of the repository's KCS copy, score
 * a file without labels, evaluate a labelled one; bad files are refused with the column and line.
 */
class ModelCommandTest {
    static final Path KCS = Path.of("../analytics/data/kcs/kcs_df_syn_train_eng.csv");
    @TempDir static Path dir;
    static Path model;
    static List<String> kcs;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(stdout, true));
        try {
            int exit = cl.execute(args);
            return new Run(exit, stdout + out.toString(), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    /** The header and the rows of January to March 2020 (about 9,000): January fits, February and March stop early. */
    @BeforeAll
    static void trainOnTwoMonths() throws Exception {
        kcs = Files.readAllLines(KCS).stream().filter(l -> !l.contains(",2020-") || l.contains(",2020-01-") || l.contains(",2020-02-") || l.contains(",2020-03-")).toList();
        Path data = dir.resolve("two-months.csv");
        Files.write(data, kcs);
        model = dir.resolve("model.bin");
        Run r = run("model", "train", "--format", "kcs", "--data", data.toString(), "--out", model.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("trained on " + (kcs.size() - 1) + " declarations").contains("held out: ROC AUC");
    }

    @Test
    void score_writes_one_row_per_input_row_even_without_the_label_columns() throws Exception {
        Path unlabelled = dir.resolve("unlabelled.csv");
        Files.write(unlabelled, kcs.subList(0, 101).stream().map(l -> l.substring(0, nthComma(l, 20))).toList());
        Path scores = dir.resolve("scores.csv");
        Run r = run("model", "score", "--model", model.toString(), "--format", "kcs", "--data", unlabelled.toString(), "--out", scores.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines).hasSize(101).first().isEqualTo("Declaration ID,score");
        assertThat(lines.get(1)).startsWith(kcs.get(1).substring(0, kcs.get(1).indexOf(',') + 1));
        assertThat(lines.subList(1, 101)).allSatisfy(l -> assertThat(Double.parseDouble(l.split(",")[1])).isBetween(0.0, 1.0));
    }

    @Test
    void evaluate_prints_precision_recall_at_the_four_budgets_and_the_auc() {
        Run r = run("model", "evaluate", "--model", model.toString(), "--format", "kcs", "--data", KCS.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ROC AUC").contains("1 %").contains("2 %").contains("5 %").contains("10 %").contains("precision").contains("recall");
    }

    @Test
    void score_and_evaluate_refuse_a_file_with_a_missing_column_naming_it() throws Exception {
        Path bad = dir.resolve("no-importer.csv");
        Files.write(bad, kcs.subList(0, 3).stream().map(l -> removeField(l, 9)).toList());
        for (String cmd : List.of("score", "evaluate")) {
            List<String> args = new java.util.ArrayList<>(List.of("model", cmd, "--model", model.toString(), "--format", "kcs", "--data", bad.toString()));
            if (cmd.equals("score")) args.addAll(List.of("--out", dir.resolve("x.csv").toString()));
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("no-importer.csv: line 1: missing column 'Importer ID'");
        }
    }

    @Test
    void score_and_evaluate_refuse_a_malformed_value_naming_the_column_and_line() throws Exception {
        Path bad = dir.resolve("bad-price.csv");
        List<String> lines = new java.util.ArrayList<>(kcs.subList(0, 5));
        String row = lines.get(4);
        lines.set(4, row.substring(0, nthComma(row, 19) + 1) + "cheap" + row.substring(nthComma(row, 20)));
        Files.write(bad, lines);
        Run score = run("model", "score", "--model", model.toString(), "--format", "kcs", "--data", bad.toString(), "--out", dir.resolve("y.csv").toString());
        Run evaluate = run("model", "evaluate", "--model", model.toString(), "--format", "kcs", "--data", bad.toString());
        for (Run r : List.of(score, evaluate)) {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("bad-price.csv: line 5, column 'Item Price': 'cheap' is not a number");
        }
        assertThat(Files.exists(dir.resolve("y.csv"))).isFalse();
    }

    private static int nthComma(String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = s.indexOf(',', at + 1);
        return at;
    }

    private static String removeField(String line, int index) {
        List<String> f = new java.util.ArrayList<>(List.of(line.split(",", -1)));
        f.remove(index);
        return String.join(",", f);
    }
}
