package org.clearway.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's own JIT compiler and garbage collector threads, from Linux's
 * /proc/self/task (their names start with "C1 Compiler"/"C2 Compiler", and "GC Thread", "G1 "):
 * on a short run the JIT's share of the CPU is large, and this tells it apart. Zeros elsewhere.
 */
final class JvmThreadsCpu {
    private JvmThreadsCpu() {}

    /** {JIT compiler threads, GC threads} CPU time so far, in nanoseconds. */
    static long[] jitAndGcNanos() {
        long jit = 0, gc = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) jit += nanos;
                else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) gc += nanos;
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
        return new long[] {jit, gc};
    }
}
