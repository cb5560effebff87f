package org.clearway.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clearway.app.bench.ScreeningBench;
import org.clearway.core.screening.BundledWatchLists;
import org.clearway.core.screening.ImportedListCsv;
import org.clearway.core.screening.NameMatch;
import org.clearway.core.screening.ParsedList;
import org.clearway.core.screening.ScreeningEvaluation;
import org.clearway.core.screening.WatchList;
import org.clearway.core.screening.WatchListIndex;
import org.clearway.core.screening.WatchListScreening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen names against the bundled OFAC SDN and UN lists (and CSV lists given with --list).",
                "  FILE: one name per line, optionally followed by ,CC (ISO country); prints line,name,list,entry_id,score,matched_name per match.",
                "  --evaluate: recall on generated variants of listed names and the share of generated unlisted names flagged.",
                "  --bench: declarations screened per second through the index beside the naive every-entry baseline."})
public final class ScreenCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Names to screen, one per line")
    Path file;

    @Option(names = "--list", paramLabel = "NAME=FILE.csv", description = "Also screen against a list in the import CSV format (entry_id,name[,aliases][,country])")
    Map<String, Path> extraLists = Map.of();

    @Option(names = "--threshold", description = "Score from which a name is a match. Default: " + WatchListIndex.DEFAULT_THRESHOLD)
    Double threshold;

    @Option(names = "--evaluate", description = "Measure recall and unlisted names flagged on the generated test set")
    boolean evaluate;

    @Option(names = "--variants", defaultValue = "1000", description = "Listed-name variants for --evaluate. Default: ${DEFAULT-VALUE}")
    int variants;

    @Option(names = "--unlisted", defaultValue = "5000", description = "Unlisted names for --evaluate. Default: ${DEFAULT-VALUE}")
    int unlisted;

    @Option(names = "--seed", defaultValue = "" + ScreeningEvaluation.DEFAULT_SEED, description = "Seed of the generated names. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--show-misses", defaultValue = "0", description = "With --evaluate: print this many missed variants and flagged names")
    int showMisses;

    @Option(names = "--bench", description = "Measure declarations screened per second (index vs every entry)")
    boolean bench;

    @Option(names = "--seconds", defaultValue = "5", description = "Measuring time per --bench figure. Default: ${DEFAULT-VALUE}")
    double seconds;

    @Override
    public Integer call() throws Exception {
        if (file == null && !evaluate && !bench) {
            System.err.println("clearway screen: give a FILE of names, --evaluate or --bench (see --help)");
            return 2;
        }
        long t0 = System.nanoTime();
        List<WatchList> lists = new ArrayList<>(BundledWatchLists.load());
        for (var e : extraLists.entrySet()) {
            ParsedList p = ImportedListCsv.parse(e.getKey(), Files.readAllBytes(e.getValue()), e.getValue().toString());
            if (!p.ok()) {
                p.problems().forEach(pr -> System.err.println(e.getValue() + ":" + pr.line() + ": " + pr.code() + ": " + pr.message()));
                return 1;
            }
            lists.add(p.list());
        }
        WatchListIndex index = WatchListIndex.of(lists, threshold == null ? WatchListIndex.DEFAULT_THRESHOLD : threshold);
        System.err.printf("clearway screen: %,d entries, %,d names indexed in %.1f s%n", index.entryCount(), index.nameCount(), (System.nanoTime() - t0) / 1e9);
        if (file != null) screenFile(index);
        if (evaluate) evaluate(index, lists);
        if (bench) bench(index, lists);
        return 0;
    }

    private void screenFile(WatchListIndex index) throws Exception {
        System.out.println("line,name,list,entry_id,score,matched_name");
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            String country = null;
            if (s.length() > 3 && s.charAt(s.length() - 3) == ',' && s.substring(s.length() - 2).matches("[A-Z]{2}")) {
                country = s.substring(s.length() - 2);
                s = s.substring(0, s.length() - 3).strip();
            }
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
            List<NameMatch> matches = index.match(s, country);
            if (matches.isEmpty()) System.out.println(lineNo + "," + csv(s) + ",,,,");
            for (NameMatch m : matches) {
                System.out.println(lineNo + "," + csv(s) + "," + csv(m.entry().list()) + "," + csv(m.entry().entryId()) + ","
                        + m.score() + "," + csv(m.matchedName()));
            }
        }
    }

    private void evaluate(WatchListIndex index, List<WatchList> lists) {
        ScreeningEvaluation.Report r = ScreeningEvaluation.run(index, lists, variants, unlisted, seed);
        System.out.printf("screening evaluation (seed %d, threshold %.2f)%n", seed, r.threshold());
        System.out.printf("  listed-name variants: %d, found %d: recall %.4f%n", r.variants(), r.found(), r.recall());
        r.byKind().forEach((k, v) -> System.out.printf("    %-16s %4d / %4d  %.4f%n", k, v[1], v[0], v[1] / (double) v[0]));
        System.out.printf("  unlisted names: %d, flagged %d: %.2f %%%n", r.unlisted(), r.flagged(), 100 * r.flaggedRate());
        for (int i = 0; i < Math.min(showMisses, r.missed().size()); i++) {
            var v = r.missed().get(i);
            System.out.println("  missed " + v.kind() + ": " + v.text() + "  (entry " + v.list() + " " + v.entryId() + ": " + v.original() + ")");
        }
        for (int i = 0; i < Math.min(showMisses, r.flaggedExamples().size()); i++) System.out.println("  flagged: " + r.flaggedExamples().get(i));
    }

    private void bench(WatchListIndex index, List<WatchList> lists) throws Exception {
        var declarations = ScreeningBench.declarations(lists, 2000, seed);
        var r = ScreeningBench.run(new WatchListScreening(index, Set.of()), declarations, seconds);
        System.out.printf("screening bench on %s, %d cores, Java %s: 5 parties per declaration, %,d listed names%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), index.nameCount());
        System.out.printf("  indexed with caches (1 thread, caches emptied every %,d declarations; %.1f %% of party screenings repeat a name seen before in the pass): "
                        + "%,.0f declarations/s wall clock, %,.0f per CPU second%n", declarations.size(), 100 * ScreeningBench.repeatShare(declarations),
                r.indexed(), r.indexedPerCpuSecond());
        System.out.printf("  indexed, no cache (every party matched, every word looked up afresh): %,.0f declarations/s wall clock, %,.0f per CPU second%n",
                r.cold(), r.coldPerCpuSecond());
        System.out.printf("  baseline every entry compared: %,.1f/s wall clock, %,.1f per CPU second; ratio %.0f with caches, %.0f without (CPU time)%n",
                r.naive(), r.naivePerCpuSecond(), r.indexedPerCpuSecond() / r.naivePerCpuSecond(), r.coldPerCpuSecond() / r.naivePerCpuSecond());
        System.out.printf("  load average while measuring: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
