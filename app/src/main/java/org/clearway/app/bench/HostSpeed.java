package org.clearway.app.bench;

import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fixed piece of CPU work timed by this thread's CPU clock: SHA-256 over 64 MiB. On a shared
 * virtual machine the same code runs faster or slower from one hour to the next (the 1,000,000 manifest
 * bench of one build ran from 19,000 to 25,700 consignments/s on 2026-11-29, its CPU per consignment
 * from 67 to 93 us); the bench prints this before and after its passes so that a run on a slow
 * host can be told from a slower build.
 */
final class HostSpeed {
    private static final int MIB = 1 << 20;
    private static final byte[] DATA = new byte[MIB];

    static {
        for (int i = 0; i < DATA.length; i++) DATA[i] = (byte) (i * 31 + (i >>> 8));
    }

    private HostSpeed() {}

    /** SHA-256 throughput of this thread, in MiB per CPU second (after a short warm-up). */
    static double sha256MiBPerCpuSecond() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (int i = 0; i < 8; i++) sha256.update(DATA);
        sha256.digest();
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 64; i++) sha256.update(DATA);
        byte[] digest = sha256.digest();
        long nanos = Math.max(1, threads.getCurrentThreadCpuTime() - cpu);
        if (digest.length != 32) throw new IllegalStateException("SHA-256 gave " + digest.length + " bytes");
        return 64 / (nanos / 1e9);
    }
}
