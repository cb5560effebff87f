package org.clearway.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Party;
import org.clearway.core.screening.ScreeningEvaluation;
import org.clearway.core.screening.WatchList;
import org.clearway.core.screening.WatchListScreening;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;

/**
 * Screening speed: every party of a declaration (declarant, importer, exporter, seller, buyer)
 * against the full bundled lists, through the index, beside the naive baseline that compares each
 * party with every listed name, in the same run. The parties' names are the evaluation's unlisted
 * names, with one declaration in a hundred carrying a variant of a listed name.
 */
public final class ScreeningBench {
    /**
     * Declarations per second of wall-clock time and per second of this thread's CPU time (fairer on
     * a shared machine): with the caches (emptied at the start of each pass over the declarations),
     * with no cache at all ({@code cold}), and the baseline.
     */
    public record Result(double indexed, double indexedPerCpuSecond, double cold, double coldPerCpuSecond, double naive, double naivePerCpuSecond,
                         int declarations, long matchesSeen) {}

    private ScreeningBench() {}

    public static List<Declaration> declarations(List<WatchList> lists, int count, long seed) throws IOException {
        Declaration template;
        try (InputStream in = ScreeningBench.class.getResourceAsStream("/examples/declarations/import-valid.json")) {
            if (in == null) throw new IllegalStateException("examples/declarations/import-valid.json is missing from the jar");
            template = switch (new DeclarationJsonCodec().decode(in.readAllBytes())) {
                case Decoded.Ok(var d) -> d;
                case Decoded.Invalid(var p) -> throw new IllegalStateException("the example declaration does not decode: " + p);
            };
        }
        List<String> names = ScreeningEvaluation.unlistedNames(lists, 5000, seed);
        List<ScreeningEvaluation.Variant> listed = ScreeningEvaluation.variants(lists, Math.max(1, count / 100), seed);
        Random rnd = new Random(seed);
        List<Declaration> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] n = new String[5];
            for (int k = 0; k < 5; k++) n[k] = names.get(rnd.nextInt(names.size()));
            if (i % 100 == 0) n[2] = listed.get((i / 100) % listed.size()).text();
            Declaration t = template;
            out.add(new Declaration(t.type(), t.lrn(), t.ucr(), rename(t.declarant(), n[0]), rename(t.importer(), n[1]),
                    rename(t.exporter(), n[2]), rename(t.seller(), n[3]), rename(t.buyer(), n[4]), t.invoice(), t.incoterm(),
                    t.transport(), t.items(), t.documents(), t.aeoAuthorisations()));
        }
        return out;
    }

    private static Party rename(Party p, String name) {
        return p == null ? new Party(null, name, null) : new Party(p.id(), name, p.address());
    }

    /** Declarations screened per second on one thread: indexed (with caches, then cold), then naive, each after a warm-up. */
    public static Result run(WatchListScreening screening, List<Declaration> declarations, double seconds) {
        long[] sink = {0};
        int[] next = {0};
        WatchListScreening cold = screening.cold();
        Runnable indexed = () -> {
            int i = next[0]++ % declarations.size();
            if (i == 0) screening.forgetCaches();
            sink[0] += screening.screen(declarations.get(i)).size();
        };
        Runnable uncached = () -> {
            sink[0] += cold.screen(declarations.get(next[0]++ % declarations.size())).size();
        };
        Runnable naive = () -> {
            sink[0] += screening.screenEveryEntry(declarations.get(next[0]++ % declarations.size())).size();
        };
        measureFew(indexed, seconds);
        double[] fast = measureFew(indexed, seconds);
        measureFew(uncached, seconds / 2);
        double[] coldRate = measureFew(uncached, seconds);
        if (System.getenv("CLEARWAY_BENCH_INDEX_ONLY") != null) return new Result(fast[0], fast[1], coldRate[0], coldRate[1], 0, 0, declarations.size(), sink[0]);
        measureFew(naive, seconds / 3);
        double[] slow = measureFew(naive, seconds);
        return new Result(fast[0], fast[1], coldRate[0], coldRate[1], slow[0], slow[1], declarations.size(), sink[0]);
    }

    /** The share of party screenings whose name and country were screened earlier in the list of declarations. */
    public static double repeatShare(List<Declaration> declarations) { return RiskBench.repeatShare(declarations); }

    /** Runs the operation for about the given time; returns {per wall-clock second, per CPU second of this thread}. */
    static double[] measureFew(Runnable op, double seconds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime(), deadline = start + (long) (seconds * 1e9);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long n = 0;
        while (true) {
            op.run();
            n++;
            long now = System.nanoTime();
            if (now >= deadline) {
                double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                return new double[] {n / ((now - start) / 1e9), n / cpu};
            }
        }
    }
}
