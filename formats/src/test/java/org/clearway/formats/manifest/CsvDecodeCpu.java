package org.clearway.formats.manifest;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearway.formats.json.Decoded;

/**
 * Measures the reading thread's CPU and allocation per CSV line, read + decode only, the direct way
 * ({@link ManifestReader#open}) against the reference way ({@link ManifestReader#openReference}), in
 * one JVM, alternating passes so the machine's other load falls on both alike. Thread CPU time, not
 * elapsed time, so a shared machine hardly moves it. Not a test: a command, e.g.
 * <pre>
 * ./clearway generate-manifest --count 300000 --out /tmp/parcels.csv
 * ./mvnw -B -o -q -pl formats -am test-compile
 * java -cp app/target/clearway.jar:formats/target/test-classes org.clearway.formats.manifest.CsvDecodeCpu /tmp/parcels.csv 5
 * </pre>
 */
public final class CsvDecodeCpu {
    private CsvDecodeCpu() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var allocation = (com.sun.management.ThreadMXBean) threads;
        long self = Thread.currentThread().threadId();
        for (int round = 0; round <= rounds; round++) {
            for (boolean direct : new boolean[] {false, true}) {
                long cpu = threads.getCurrentThreadCpuTime();
                long allocated = allocation.getThreadAllocatedBytes(self);
                long wall = System.nanoTime();
                long ok = 0, lines = 0;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                     ManifestReader reader = direct ? ManifestReader.open(in, ManifestFormat.CSV) : ManifestReader.openReference(in, ManifestFormat.CSV)) {
                    for (var line = reader.next(); line.isPresent(); line = reader.next()) {
                        lines++;
                        if (line.get().decoded() instanceof Decoded.Ok) ok++;
                    }
                }
                double cpuUs = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / lines;
                double bytes = (allocation.getThreadAllocatedBytes(self) - allocated) / (double) lines;
                double wallS = (System.nanoTime() - wall) / 1e9;
                System.out.printf("%s round %d%s: %,d lines (%,d decoded), reading thread CPU %.2f us a line, %,.0f bytes allocated a line, %,.0f lines/s elapsed%n",
                        direct ? "direct   " : "reference", round, round == 0 ? " (warm-up)" : "", lines, ok, cpuUs, bytes, lines / wallS);
            }
        }
    }
}
