package org.clearway.app.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * A fixed piece of CPU work timed by this thread's CPU clock. On a shared virtual machine the same
 * code runs faster or slower from one hour to the next (one build's 1,000,000 manifest bench ran
 * at 19,011 to 25,661 consignments/s on 2026-11-29, its CPU per consignment from 67 to 93 us); the
 * bench prints this before and after its passes so that a run on a slow host can be told from a
 * slower build.
 *
 * <p>The work is a chain of xorshift and multiply steps, each depending on the one before (nothing
 * for the compiler to vectorise or leave out, no memory touched), compiled first: the median of
 * five timed rounds of 50 million steps. (A SHA-256 probe was tried first: its intrinsic is used
 * only once the JIT has compiled it, and its figure moved by 1.8 times with that alone.)
 */
final class HostSpeed {
    private static final int STEPS = 50_000_000;

    private HostSpeed() {}

    /** Millions of steps per second of this thread's CPU. */
    static double millionStepsPerCpuSecond() {
        long sink = 0;
        for (int i = 0; i < 200; i++) sink += steps(i + 1, 200_000);
        var threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[5];
        for (int r = 0; r < rates.length; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            sink += steps(sink | 1, STEPS);
            long nanos = Math.max(1, threads.getCurrentThreadCpuTime() - cpu);
            rates[r] = STEPS / (nanos / 1e3);
        }
        if (sink == 42) System.out.print(""); // keeps the work from being left out
        Arrays.sort(rates);
        return rates[rates.length / 2];
    }

    static long steps(long seed, int count) {
        long x = seed;
        long acc = 0;
        for (int i = 0; i < count; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            acc = acc * 31 + x;
        }
        return acc;
    }
}
