package org.clearway.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole machine's CPU time so far, all cores, from the first line of Linux's /proc/stat, in
 * nanoseconds: busy (user, nice, system, irq, softirq: any process or the kernel), idle, waiting
 * for I/O, and stolen (the time a virtual machine's cores were ready to run while the hypervisor ran
 * something else). Beside {@link ProcessCpu}, it says where the cores went during a benchmark: to
 * it, to the rest of the machine, to nobody, or to the host.
 */
record MachineCpu(long busyNanos, long idleNanos, long ioWaitNanos, long stealNanos) {
    /** Now, or empty where there is no /proc/stat. */
    static Optional<MachineCpu> now() {
        try {
            return Optional.of(parse(Files.readAllLines(Path.of("/proc/stat")).getFirst()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The aggregate line {@code cpu  user nice system idle iowait irq softirq steal guest guest_nice}
     * (guest time is already counted in user and nice; fields a kernel does not have count as 0).
     */
    static MachineCpu parse(String line) {
        String[] f = line.strip().split("\\s+");
        if (!f[0].equals("cpu") || f.length < 5) throw new IllegalArgumentException("not the aggregate cpu line of /proc/stat: " + line);
        long[] t = new long[8];
        for (int i = 0; i < t.length && i + 1 < f.length; i++) t[i] = Long.parseLong(f[i + 1]);
        long busy = t[0] + t[1] + t[2] + t[5] + t[6], tick = ProcessCpu.NANOS_PER_TICK;
        return new MachineCpu(busy * tick, t[3] * tick, t[4] * tick, t[7] * tick);
    }

    MachineCpu minus(MachineCpu earlier) {
        return new MachineCpu(busyNanos - earlier.busyNanos, idleNanos - earlier.idleNanos, ioWaitNanos - earlier.ioWaitNanos,
                stealNanos - earlier.stealNanos);
    }

    /** All the cores' time: busy, idle, waiting and stolen together. */
    long totalNanos() {
        return busyNanos + idleNanos + ioWaitNanos + stealNanos;
    }
}
