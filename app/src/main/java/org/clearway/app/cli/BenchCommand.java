package org.clearway.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput on this machine, each figure beside a baseline from the same run.",
                "  pipeline: declarations/s through decode + validate + assess in-process (baseline: JSON parsing alone);",
                "  http: declarations lodged/s over HTTP into a fresh embedded PostgreSQL (baseline: GET /api/health);",
                "  pages: each web page's latency (p50, p95) on the demo data (baseline: GET /api/health);",
                "  risk: lane allocations/s with --profiles active profiles and the bundled watch lists (baseline: every profile evaluated, every list entry compared);",
                "  manifest: consignments/s imported from a generated CSV manifest into a fresh embedded PostgreSQL, peak heap, and where the machine's cores went, time stolen by a hypervisor included (baseline: CSV read+decode alone)."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--seconds", defaultValue = "5", description = "Measuring time per in-process figure (after as long again of warm-up). Default: ${DEFAULT-VALUE}")
    double seconds;

    @Option(names = "--http-count", defaultValue = "3000", description = "Declarations lodged over HTTP (and health requests for the baseline). Default: ${DEFAULT-VALUE}")
    int httpCount;

    @Option(names = "--concurrency", defaultValue = "8", description = "Concurrent HTTP clients. Default: ${DEFAULT-VALUE}")
    int concurrency;

    @Option(names = "--page-count", defaultValue = "200", description = "Requests per web page (one client) for the page latencies. Default: ${DEFAULT-VALUE}")
    int pageCount;

    @Option(names = "--profiles", defaultValue = "1000", description = "Active profiles in the risk benchmark. Default: ${DEFAULT-VALUE}")
    int profiles;

    @Option(names = "--no-lists", description = "Risk part: leave watch-list screening out (profiles and random selection only).")
    boolean noLists;

    @Option(names = "--manifest-count", defaultValue = "100000", description = "Consignments imported from a CSV manifest (manifest part). Default: ${DEFAULT-VALUE}")
    long manifestCount;

    @Option(names = "--manifest-batch", defaultValue = "1000",
            description = "Consignments per transaction in the manifest part, as `import --batch`. Default: ${DEFAULT-VALUE}")
    int manifestBatch;

    @Option(names = "--manifest-warmup", defaultValue = "0",
            description = "Consignments of another manifest imported first in the manifest part, in the same JVM and database and not timed,"
                    + " so that the import is measured as a running server does it, its code compiled already."
                    + " Default: ${DEFAULT-VALUE} (a fresh JVM, as one `./clearway import` runs)")
    long manifestWarmup;

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Run only these parts (comma-separated): pipeline, http, pages, risk, manifest")
    java.util.List<String> only;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final java.util.List<String> PARTS = java.util.List.of("pipeline", "http", "pages", "risk", "manifest");

    private boolean runs(String part) { return only == null || only.contains(part); }

    @Override
    public Integer call() throws Exception {
        if (only != null) {
            for (String part : only) {
                if (!PARTS.contains(part)) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown part '" + part + "' for --only; choose from " + String.join(", ", PARTS));
            }
        }
        System.out.printf("Clearway bench on %s, %d cores, Java %s, max heap %d MiB, load average (1 min) %.2f%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (runs("pipeline")) {
            var r = org.clearway.app.bench.BenchRunner.pipeline(seconds);
            System.out.printf("pipeline (1 thread): %,.0f declarations/s through decode+validate+assess; baseline JSON parse only: %,.0f/s; ratio %.2f%n",
                    r[0], r[1], r[0] / r[1]);
        }
        if (runs("risk")) RiskBenchReport.print(profiles, !noLists, seconds);
        if (runs("http")) {
            Path work = Files.createDirectories(Path.of("target").toAbsolutePath());
            var r = org.clearway.app.bench.BenchRunner.http(httpCount, concurrency, work);
            System.out.printf("http (%d clients): %,.0f declarations lodged/s (%d lodged, each committed before its answer); baseline GET /api/health: %,.0f/s; ratio %.2f%n",
                    concurrency, r[0], httpCount, r[1], r[0] / r[1]);
        }
        if (runs("pages")) {
            var rows = org.clearway.app.bench.BenchRunner.pages(pageCount, Files.createDirectories(Path.of("target").toAbsolutePath()));
            double base95 = (double) rows.getFirst()[2];
            for (Object[] r : rows) {
                System.out.printf("pages (1 client, %d requests, demo data): %-32s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  p95/baseline %5.1f  %,7d bytes%s%n",
                        pageCount, r[0], r[1], r[2], r[3], (double) r[2] / base95, (int) r[4], (double) r[2] < 200 ? "" : "  OVER 200 ms");
            }
        }
        if (runs("manifest")) {
            org.clearway.app.bench.ManifestBench.print(manifestCount, manifestBatch, manifestWarmup, Files.createDirectories(Path.of("target").toAbsolutePath()));
        }
        return 0;
    }
}
