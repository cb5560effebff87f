package org.clearway.core.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Times two ways of one operation by this thread's CPU time (not elapsed time: a shared machine hardly
 * moves it) and its allocation: a warm-up, then rounds that alternate the two, so the machine's other
 * load falls on both alike; prints each way's median per operation and their ratio.
 */
public final class CpuRounds {
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CpuRounds() {}

    /** {@code op.accept(i)} for i in [0, count) is one pass; {@code before} is the baseline. */
    public static void compare(String what, int count, int rounds, IntConsumer before, IntConsumer after) {
        for (int w = 0; w < 3; w++) {
            pass(count, before);
            pass(count, after);
        }
        double[][] b = new double[2][rounds], a = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            double[] x = pass(count, before), y = pass(count, after);
            b[0][r] = x[0]; b[1][r] = x[1];
            a[0][r] = y[0]; a[1][r] = y[1];
        }
        double bc = median(b[0]), ac = median(a[0]);
        System.out.printf("%-34s before %8.3f us %7.0f B | after %8.3f us %7.0f B | after/before %.3f (CPU, median of %d rounds of %,d)%n",
                what, bc, median(b[1]), ac, median(a[1]), ac / bc, rounds, count);
    }

    private static double[] pass(int count, IntConsumer op) {
        long self = Thread.currentThread().threadId();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getThreadAllocatedBytes(self);
        for (int i = 0; i < count; i++) op.accept(i);
        return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / count,
                (THREADS.getThreadAllocatedBytes(self) - allocated) / (double) count};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The load average now, to note beside the figures. */
    public static String load() {
        return String.format("load average %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
