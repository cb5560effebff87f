package org.clearway.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.evaluation.Evaluation;
import org.clearway.analytics.kcs.KcsData;
import org.clearway.analytics.kcs.KcsReader;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.analytics.model.Trainer;
import org.clearway.analytics.model.TrainingReport;
import org.clearway.analytics.simulation.Exploration;
import org.clearway.analytics.simulation.SimulationResult;
import org.clearway.analytics.simulation.WeekResult;
import org.clearway.analytics.simulation.WeeklyReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Train, score, evaluate and simulate the learned targeting model (see docs/targeting.md).",
        subcommands = {ModelCommand.Train.class, ModelCommand.Score.class, ModelCommand.Evaluate.class,
                ModelCommand.Simulate.class, ModelRetrainCommand.class, ModelCommand.Bench.class})
public final class ModelCommand {

    /** The data set formats the model reads; only the KCS data set so far. */
    enum Format { kcs }

    static KcsData read(Path file, KcsReader.Labels labels) {
        return KcsReader.read(file, labels);
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Train a model on labelled declarations and write it to a file.",
                    "Without --valid the last two calendar months of --data are held out for early stopping;",
                    "with --valid that file is. The model is then refitted on both with the chosen number of rounds."})
    static final class Train implements Callable<Integer> {
        @Option(names = "--format", required = true, description = "Data format: ${COMPLETION-CANDIDATES}") Format format;
        @Option(names = "--data", required = true, paramLabel = "TRAIN.csv") Path data;
        @Option(names = "--valid", paramLabel = "VALID.csv", description = "Labelled file for early stopping instead of the last two months") Path valid;
        @Option(names = "--out", required = true, paramLabel = "MODEL") Path out;
        @Option(names = "--seed", defaultValue = "0", description = "Seed of the row and column sampling (default ${DEFAULT-VALUE})") int seed;

        @Override
        public Integer call() throws IOException {
            var rows = read(data, KcsReader.Labels.REQUIRED).labelledRows();
            Trainer trainer = new Trainer(seed);
            TargetingModel model = valid == null ? trainer.train(rows) : trainer.train(rows, read(valid, KcsReader.Labels.REQUIRED).labelledRows());
            model.save(out);
            TrainingReport r = model.report();
            System.out.printf("trained on %d declarations (%d frauds) from %s to %s in %.1f s; %d rounds chosen on %d held-out declarations from %s%n",
                    r.rows(), r.frauds(), r.windowStart(), r.windowEnd(), r.trainingMillis() / 1000.0, r.rounds(), r.holdoutRows(), r.holdoutStart());
            System.out.printf("held out: ROC AUC %.4f, precision at 5 %% %.4f, at 10 %% %.4f%n", r.holdoutAuc(), r.holdoutPrecisionAt5(), r.holdoutPrecisionAt10());
            System.out.println("model written to " + out);
            return 0;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Score declarations (label columns not needed); writes 'Declaration ID,score', one row per input row.")
    static final class Score implements Callable<Integer> {
        @Option(names = "--model", required = true, paramLabel = "MODEL") Path model;
        @Option(names = "--format", required = true) Format format;
        @Option(names = "--data", required = true, paramLabel = "FILE.csv") Path data;
        @Option(names = "--out", required = true, paramLabel = "SCORES.csv") Path out;

        @Override
        public Integer call() throws IOException {
            List<ItemFacts> items = read(data, KcsReader.Labels.OPTIONAL).items();
            TargetingModel m = TargetingModel.load(model);
            double[] scores = m.score(items);
            try (BufferedWriter w = Files.newBufferedWriter(out)) {
                w.write("Declaration ID,score\n");
                for (int i = 0; i < scores.length; i++) {
                    w.write(items.get(i).declarationId());
                    w.write(',');
                    w.write(Float.toString((float) scores[i]));
                    w.write('\n');
                }
            }
            System.out.println("scored " + scores.length + " declarations into " + out);
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Precision, recall and revenue (where the file has a Revenue column) at 1, 2, 5 and 10 %% and the ROC AUC on a labelled file.")
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--model", required = true, paramLabel = "MODEL") Path model;
        @Option(names = "--format", required = true) Format format;
        @Option(names = "--data", required = true, paramLabel = "LABELLED.csv") Path data;

        @Override
        public Integer call() throws IOException {
            KcsData d = read(data, KcsReader.Labels.REQUIRED);
            TargetingModel m = TargetingModel.load(model);
            System.out.print(Evaluation.of(m.score(d.items()), d.outcomes(), Evaluation.STANDARD_BUDGETS).table());
            return 0;
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = {"Replay labelled declarations week by week: select within the budget, reveal the selected outcomes only,",
                    "retrain; report precision and recall per week and in total, without and with exploration."})
    static final class Simulate implements Callable<Integer> {
        @Option(names = "--format", required = true) Format format;
        @Option(names = "--data", required = true, paramLabel = "FILE.csv") Path data;
        @Option(names = "--budget", required = true, converter = Percent.class, paramLabel = "N%", description = "Share of declarations inspected, e.g. 5%%") double budget;
        @Option(names = "--explore", defaultValue = "10%", converter = Percent.class, paramLabel = "N%",
                description = "Share of the budget spent on exploring (default ${DEFAULT-VALUE})") double explore;
        @Option(names = "--exploration", defaultValue = "random", description = "How exploring picks: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})") Exploration exploration;
        @Option(names = "--seed", defaultValue = "1") long seed;

        @Override
        public Integer call() {
            var rows = read(data, KcsReader.Labels.REQUIRED).labelledRows();
            WeeklyReplay replay = new WeeklyReplay(new Trainer((int) seed), seed);
            System.out.printf("%-11s %7s %9s %5s %6s %9s %7s   %9s %5s %9s %7s%n", "week", "decls", "inspected", "hits", "frauds",
                    "precision", "recall", "inspected", "hits", "precision", "recall");
            System.out.printf("%-11s %7s %-40s   %-33s%n", "", "", "  -- exploit only (explore 0 %) --", "  -- explore " + fmt(explore) + " % " + exploration.name().toLowerCase() + " --");
            SimulationResult exploit = replay.run(rows, budget, 0, exploration, null);
            SimulationResult explored = new WeeklyReplay(new Trainer((int) seed), seed).run(rows, budget, explore, exploration, null);
            for (int i = 0; i < exploit.weeks().size(); i++) {
                WeekResult a = exploit.weeks().get(i), b = explored.weeks().get(i);
                System.out.printf("%-11s %7d %9d %5d %6d %9.3f %7.3f   %9d %5d %9.3f %7.3f%s%n", a.weekStart(), a.declarations(), a.inspected(), a.hits(),
                        a.frauds(), a.precision(), a.recall(), b.inspected(), b.hits(), b.precision(), b.recall(), a.modelUsed() ? "" : "  (random: too few outcomes yet)");
            }
            System.out.printf("%-11s %7d %9d %5d %6d %9.3f %7.3f   %9d %5d %9.3f %7.3f%n", "total", rows.size(), exploit.inspected(), exploit.hits(),
                    exploit.frauds(), exploit.precision(), exploit.recall(), explored.inspected(), explored.hits(), explored.precision(), explored.recall());
            System.out.printf("budget %s %%; precision = frauds found / inspected, recall = frauds found / all frauds of the period%n", fmt(budget));
            return 0;
        }

        private static String fmt(double p) { return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p); }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Measure training time and scoring throughput on this machine, each beside a baseline from the same run.",
                    "  training: wall time and the training thread's CPU time of `model train` on --data;",
                    "  scoring: declarations/s scored from --score-data (baseline: computing their features alone)."})
    static final class Bench implements Callable<Integer> {
        @Option(names = "--format", required = true) Format format;
        @Option(names = "--data", required = true, paramLabel = "TRAIN.csv") Path data;
        @Option(names = "--score-data", required = true, paramLabel = "FILE.csv") Path scoreData;
        @Option(names = "--seconds", defaultValue = "5", description = "Measuring time per scoring figure (after as long again of warm-up). Default: ${DEFAULT-VALUE}") double seconds;

        @Override
        public Integer call() {
            System.out.printf("Clearway model bench on %s, %d cores, Java %s, load average %.1f%n", java.time.LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), Runtime.version(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            var rows = read(data, KcsReader.Labels.REQUIRED).labelledRows();
            var thread = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = thread.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
            TargetingModel model = new Trainer().train(rows);
            double wall = (System.nanoTime() - wall0) / 1e9, cpu = (thread.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("training on %d declarations: %.1f s wall, %.1f s CPU of the training thread (%d rounds, 1 XGBoost thread)%n",
                    rows.size(), wall, cpu, model.report().rounds());
            List<ItemFacts> items = read(scoreData, KcsReader.Labels.OPTIONAL).items();
            var r = org.clearway.analytics.model.ScoringBench.run(model, items, seconds);
            System.out.printf("scoring (1 thread, batches of %d): %,.0f declarations/s; baseline features alone: %,.0f/s; ratio %.2f%n",
                    items.size(), r.scoredPerSecond(), r.featuredPerSecond(), r.ratio());
            System.out.printf("  per CPU-second of the scoring thread: %,.0f declarations; baseline features alone: %,.0f%n",
                    r.scoredPerCpuSecond(), r.featuredPerCpuSecond());
            return 0;
        }
    }
}
