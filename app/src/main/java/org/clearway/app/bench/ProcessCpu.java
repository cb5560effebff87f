package org.clearway.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by an embedded PostgreSQL (its postmaster, the postmaster's
 * live children, and the children it has already reaped), in nanoseconds. CPU time, unlike elapsed
 * time, hardly depends on what else the machine runs, so a benchmark on a shared machine can still
 * say what one consignment costs. PostgreSQL's figure comes from Linux's /proc; elsewhere it is -1.
 */
record ProcessCpu(long javaNanos, long postgresNanos) {
    static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux (MachineCpu counts in the same ticks)

    static ProcessCpu now(Path pgDataDir) {
        long java = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new ProcessCpu(java, postgres(pgDataDir));
    }

    ProcessCpu minus(ProcessCpu earlier) {
        return new ProcessCpu(javaNanos - earlier.javaNanos,
                postgresNanos < 0 || earlier.postgresNanos < 0 ? -1 : postgresNanos - earlier.postgresNanos);
    }

    private static long postgres(Path pgDataDir) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pgDataDir.resolve("postmaster.pid")).getFirst().strip());
            long ticks = ticks(postmaster, true);
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    long[] stat = stat(Long.parseLong(p.getFileName().toString()));
                    if (stat != null && stat[0] == postmaster) ticks += stat[1] + stat[2] + stat[3] + stat[4];
                }
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ticks(long pid, boolean withReapedChildren) {
        long[] s = stat(pid);
        if (s == null) throw new IllegalStateException("no process " + pid);
        return s[1] + s[2] + (withReapedChildren ? s[3] + s[4] : 0);
    }

    /** ppid, utime, stime, cutime, cstime from /proc/PID/stat, or null if the process is gone. */
    private static long[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": f[0] state, f[1] ppid, ..., f[11] utime, f[12] stime, f[13] cutime, f[14] cstime
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
