package org.clearway.analytics.model;

import java.util.List;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.feature.FeatureTable;

/**
 * Throughput of batch scoring (features from the history, then the trees) beside a baseline from the
 * same run: computing the features alone, the part of scoring that is Clearway's own code. Each
 * figure is measured for {@code seconds} after as long again of warm-up, on one thread.
 */
public final class ScoringBench {
    private ScoringBench() {}

    /** Rates per second of wall time and per second of the measuring thread's CPU time (which a busy shared machine does not dilute). */
    public record Result(double scoredPerSecond, double featuredPerSecond, double scoredPerCpuSecond, double featuredPerCpuSecond) {
        public double ratio() { return scoredPerSecond / featuredPerSecond; }
    }

    public static Result run(TargetingModel model, List<ItemFacts> items, double seconds) {
        double[] scored = rate(() -> model.score(items).length, items.size(), seconds);
        double[] featured = rate(() -> FeatureTable.frozen(model.schema(), items, model.history()).rows(), items.size(), seconds);
        return new Result(scored[0], featured[0], scored[1], featured[1]);
    }

    private static double[] rate(java.util.function.IntSupplier pass, int perPass, double seconds) {
        long warm = System.nanoTime() + (long) (seconds * 1e9);
        long sink = 0;
        while (System.nanoTime() < warm) sink += pass.getAsInt();
        var thread = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = thread.getCurrentThreadCpuTime();
        long start = System.nanoTime(), end = start + (long) (seconds * 1e9), n = 0, now;
        do { sink += pass.getAsInt(); n += perPass; now = System.nanoTime(); } while (now < end);
        if (sink == 42) System.out.print(""); // keep the work observable
        double cpuSeconds = (thread.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new double[] {n / ((now - start) / 1e9), n / cpuSeconds};
    }
}
