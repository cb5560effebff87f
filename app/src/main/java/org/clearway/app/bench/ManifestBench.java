package org.clearway.app.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.clearance.ManifestImport;
import org.clearway.app.cli.GenerateManifestCommand;
import org.clearway.app.demo.DemoData;
import org.clearway.app.manifest.SyntheticConsignments;
import org.clearway.core.clearance.Checked;
import org.clearway.core.declaration.PartyId;
import org.clearway.formats.json.Decoded;
import org.clearway.formats.manifest.ManifestFormat;
import org.clearway.formats.manifest.ManifestLine;
import org.clearway.formats.manifest.ManifestReader;
import org.clearway.store.Database;
import org.clearway.store.audit.VerifyResult;

/**
 * Imports N synthetic low-value consignments from a CSV manifest into a fresh embedded PostgreSQL,
 * each validated and assessed, and reports consignments per second, the CPU time one consignment
 * costs in this JVM and in PostgreSQL, and the heap: its sampled peak in use and the live heap
 * after full collections made during the import. Baselines from the same run: the CSV read and
 * decoded alone, and read + decoded + validated + assessed without storing. Checks the result:
 * every consignment stored with its lane, assessment and events, and the audit chain intact.
 */
public final class ManifestBench {
    /**
     * How many times during the import the heap is fully collected to measure what it holds. Each
     * collection stops every Java thread of the import (and PostgreSQL's backend then runs out of
     * rows), inside the timed import: 10 until 2026-11-29, now 3, and the pause is printed.
     */
    static final int LIVE_HEAP_SAMPLES = 3;

    public record Result(long count, double parseOnlyPerSecond, double checkedPerSecond, double importedPerSecond, double importSeconds,
                         long accepted, long rejected, long peakHeapBytes, long peakLiveHeapBytes, int liveHeapSamples, long maxHeapBytes,
                         ProcessCpu cpu, long jitNanos, long gcNanos, long benchGcNanos, long partiesScreened, long partiesRemembered,
                         long events, long walBytes, String postgres, String audit, double warmupPerSecond, long benchPauseNanos,
                         ManifestImport.Pace pace, MachineCpu machine) {}

    private ManifestBench() {}

    /** Runs the benchmark and prints its report (what docs/BENCHMARKS.md records). */
    public static void print(long count, int batch, long warmup, Path workDir) throws Exception {
        Result r = run(count, batch, warmup, workDir);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (warmup > 0) {
            System.out.printf("manifest warm-up (not timed in the figures below): %,d consignments of another manifest imported first, %,.0f/s%n",
                    warmup, r.warmupPerSecond());
        }
        System.out.printf("manifest (CSV, %,d consignments, batches of %,d" + (warmup > 0 ? ", after the warm-up" : ", fresh JVM") + "): %,.0f consignments/s imported (validated, assessed, stored; %,d accepted, %,d rejected) in %.1f s; "
                        + "baselines: read+decode only %,.0f/s, read+decode+validate+assess %,.0f/s; ratio to read+decode %.2f%n",
                r.count(), batch, r.importedPerSecond(), r.accepted(), r.rejected(), r.importSeconds(), r.parseOnlyPerSecond(), r.checkedPerSecond(),
                r.importedPerSecond() / r.parseOnlyPerSecond());
        double perJava = (r.cpu().javaNanos() - r.benchGcNanos()) / 1e3 / r.count(), perPg = r.cpu().postgresNanos() / 1e3 / r.count();
        System.out.printf("manifest CPU during the import, per consignment: this JVM %.0f us (of which JIT compilers %.0f us, GC threads %.0f us; "
                        + "not counted: the bench's own %d full collections for the live heap, %.0f us, which paused the import %,d ms in all), PostgreSQL %s; "
                        + "with %d cores fully given to it that is at most %,.0f consignments/s%n",
                perJava, r.jitNanos() / 1e3 / r.count(), (r.gcNanos() - r.benchGcNanos()) / 1e3 / r.count(), r.liveHeapSamples(), r.benchGcNanos() / 1e3 / r.count(),
                r.benchPauseNanos() / 1_000_000,
                r.cpu().postgresNanos() < 0 ? "not measured (no /proc)" : String.format("%.0f us", perPg),
                Runtime.getRuntime().availableProcessors(),
                r.cpu().postgresNanos() < 0 ? Double.NaN : Runtime.getRuntime().availableProcessors() * 1e6 / (perJava + perPg));
        if (r.machine() != null && r.machine().totalNanos() > 0 && r.cpu().postgresNanos() >= 0) {
            MachineCpu m = r.machine();
            double all = m.totalNanos() / 100.0;
            // The bench's own collections are the JVM's too: here the JVM's whole time is counted, so the rest is the rest of the machine.
            System.out.printf("manifest machine during the import (/proc/stat, all %d cores): busy %.1f %% (this JVM %.1f %%, PostgreSQL %.1f %%, the rest %.1f %%:"
                            + " the kernel's own threads and any other process), idle %.1f %%, waiting for I/O %.1f %%, stolen by the hypervisor %.1f %%%n",
                    Runtime.getRuntime().availableProcessors(), m.busyNanos() / all, r.cpu().javaNanos() / all, r.cpu().postgresNanos() / all,
                    (m.busyNanos() - r.cpu().javaNanos() - r.cpu().postgresNanos()) / all, m.idleNanos() / all, m.ioWaitNanos() / all, m.stealNanos() / all);
        }
        ManifestImport.Pace pace = r.pace();
        if (pace.batches() > 0) {
            System.out.printf("manifest pace, a batch on average (%,d batches): stored by the writer in %.1f ms; the writer waited %.1f ms for the reading thread,"
                            + " the reading thread %.1f ms for the writer (the side that waits less bounds the import)%n",
                    pace.batches(), pace.storingNanos() / 1e6 / pace.batches(), pace.writerWaitedNanos() / 1e6 / pace.batches(),
                    pace.readerWaitedNanos() / 1e6 / pace.batches());
        }
        System.out.printf("manifest heap: live after a full collection, peak of %d taken during the import %,d MiB; in use (garbage included, sampled every 10 ms) peak %,d MiB; max %,d MiB%n",
                r.liveHeapSamples(), r.peakLiveHeapBytes() >> 20, r.peakHeapBytes() >> 20, r.maxHeapBytes() >> 20);
        System.out.printf("manifest checks: %,d stored with lane and assessment, %,d lifecycle events, audit %s; parties screened %,d, answers remembered %,d; "
                        + "WAL written during the import %,d MiB (%,.0f bytes a consignment); PostgreSQL %s; load average (1 min) at the end %.2f%n",
                r.accepted(), r.events(), r.audit(), r.partiesScreened(), r.partiesRemembered(), r.walBytes() >> 20, r.walBytes() / (double) r.count(), r.postgres(), load);
    }

    public static Result run(long count, int batch, long warmup, Path workDir) throws Exception {
        Path dir = Files.createTempDirectory(workDir, "bench-manifest-");
        try {
            Path csv = dir.resolve("parcels.csv");
            GenerateManifestCommand.write(csv, ManifestFormat.CSV, count,
                    new SyntheticConsignments(1, new PartyId("GB100000000001"), "Northwind Imports Ltd", "PARCEL", LocalDate.now()));
            try (Database db = Database.embedded(dir.resolve("db"));
                 Clearway app = new Clearway(db, Administration.defaults(), Clock.systemUTC())) {
                new DemoData(app).ensure();
                var trader = app.accounts().find("trader1").orElseThrow();

                long start = System.nanoTime();
                long ok = 0;
                try (ManifestReader reader = open(csv)) {
                    for (var line = reader.next(); line.isPresent(); line = reader.next()) {
                        if (line.get().decoded() instanceof Decoded.Ok) ok++;
                    }
                }
                double parseOnly = count / seconds(start);

                LocalDate today = LocalDate.now();
                start = System.nanoTime();
                long acceptable = 0;
                try (ManifestReader reader = open(csv)) {
                    for (var line = reader.next(); line.isPresent(); line = reader.next()) {
                        if (line.get().decoded() instanceof Decoded.Ok(var d) && app.pipeline().check(d, today) instanceof Checked.Acceptable) acceptable++;
                    }
                }
                double checked = count / seconds(start);

                var manifestImport = ManifestImport.of(app);
                double warmupPerSecond = Double.NaN;
                if (warmup > 0) {
                    // Another manifest (its own LRNs, not counted by the checks below) through the same import, untimed.
                    Path warm = dir.resolve("warm-up.csv");
                    GenerateManifestCommand.write(warm, ManifestFormat.CSV, warmup,
                            new SyntheticConsignments(2, new PartyId("GB100000000001"), "Northwind Imports Ltd", "WARMUP", LocalDate.now()));
                    long warmStart = System.nanoTime();
                    try (ManifestReader reader = open(warm)) {
                        var warmed = manifestImport.run(trader, reader, "manifest warm-up", batch, ManifestReader::inColumns, (line, problems) -> {});
                        if (warmed.accepted() != warmup) throw new IllegalStateException("bench warm-up: " + warmed + " of " + warmup);
                    }
                    warmupPerSecond = warmup / seconds(warmStart);
                    Files.delete(warm);
                }
                System.gc();
                var memory = ManagementFactory.getMemoryMXBean();
                // Heap in use (garbage not yet collected included), sampled every 10 ms during the import.
                AtomicLong peakHeap = new AtomicLong();
                AtomicBoolean importing = new AtomicBoolean(true);
                Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                    while (importing.get()) {
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try { Thread.sleep(10); } catch (InterruptedException e) { return; }
                    }
                });
                // What the import holds: the heap just after a full collection, LIVE_HEAP_SAMPLES times during the import
                // (asked for on the writer thread after a batch; the collection stops the reading thread too, so batches in flight are counted).
                AtomicLong peakLive = new AtomicLong();
                int[] liveSamples = {0};
                long batches = Math.max(1, count / batch);
                long every = Math.max(1, batches / LIVE_HEAP_SAMPLES);
                long[] batchNo = {0};
                long[] benchGc = {0};
                long[] benchPause = {0};
                Path pgData = dir.resolve("db").resolve("pg");
                String walBefore = db.jdbi().withHandle(h -> h.createQuery("SELECT pg_current_wal_lsn()::text").mapTo(String.class).one());
                ProcessCpu cpuBefore = ProcessCpu.now(pgData);
                Optional<MachineCpu> machineBefore = MachineCpu.now();
                long[] threadsBefore = JvmThreadsCpu.jitAndGcNanos();
                start = System.nanoTime();
                ManifestImport.Outcome outcome;
                try (ManifestReader reader = open(csv)) {
                    outcome = manifestImport.run(trader, reader, "manifest bench", batch, ManifestReader::inColumns, new ManifestImport.Listener() {
                        @Override public void rejected(ManifestLine line, List<org.clearway.core.validation.Problem> problems) {}

                        @Override public void progress(ManifestImport.Outcome soFar) {
                            if (++batchNo[0] % every != 0 || liveSamples[0] >= LIVE_HEAP_SAMPLES) return;
                            long gcBefore = JvmThreadsCpu.jitAndGcNanos()[1];
                            long pauseStart = System.nanoTime();
                            System.gc();
                            benchPause[0] += System.nanoTime() - pauseStart;
                            peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                            benchGc[0] += JvmThreadsCpu.jitAndGcNanos()[1] - gcBefore;
                            liveSamples[0]++;
                        }
                    });
                }
                double importSeconds = seconds(start);
                ProcessCpu cpu = ProcessCpu.now(pgData).minus(cpuBefore);
                MachineCpu machine = machineBefore.flatMap(b -> MachineCpu.now().map(n -> n.minus(b))).orElse(null);
                long[] threads = JvmThreadsCpu.jitAndGcNanos();
                importing.set(false);
                sampler.join();
                long walBytes = db.jdbi().withHandle(h -> h.createQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), CAST(:before AS pg_lsn))::bigint")
                        .bind("before", walBefore).mapTo(Long.class).one());

                var counts = db.jdbi().withHandle(h -> h.createQuery("""
                                SELECT count(*) AS stored,
                                       count(*) FILTER (WHERE lane IS NOT NULL AND assessment::json -> 'laneDecision' IS NOT NULL AND assessment::json -> 'amountsDue' IS NOT NULL) AS assessed,
                                       2 * count(lodgement_assessed) + count(lodgement_released_lane)
                                       + (SELECT count(*) FROM declaration_events e JOIN declarations x ON x.mrn = e.mrn WHERE x.lrn LIKE 'PARCEL-%') AS events
                                FROM declarations WHERE lrn LIKE 'PARCEL-%'""")
                        .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one());
                if (counts[0] != outcome.accepted() || counts[1] != outcome.accepted() || counts[2] < 2 * outcome.accepted()
                        || ok != count || acceptable != outcome.accepted() || outcome.accepted() != count) {
                    throw new IllegalStateException("bench check failed: decoded " + ok + ", acceptable " + acceptable + ", accepted " + outcome.accepted()
                            + ", stored " + counts[0] + ", with lane and assessment " + counts[1] + ", events " + counts[2] + " of " + count);
                }
                String postgres = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings
                        WHERE name IN ('server_version', 'fsync', 'synchronous_commit', 'shared_buffers', 'max_wal_size', 'wal_buffers', 'wal_writer_delay')""").mapTo(String.class).one());
                VerifyResult audit = app.audit().verify();
                if (!(audit instanceof VerifyResult.Intact)) throw new IllegalStateException("bench check failed: audit chain " + audit);
                long[] parties = manifestImport.partiesScreenedAndRemembered();
                return new Result(count, parseOnly, checked, count / importSeconds, importSeconds, outcome.accepted(), outcome.rejected(),
                        peakHeap.get(), peakLive.get(), liveSamples[0], Runtime.getRuntime().maxMemory(), cpu,
                        threads[0] - threadsBefore[0], threads[1] - threadsBefore[1], benchGc[0], parties[0], parties[1], counts[2], walBytes, postgres, audit.toString(),
                        warmupPerSecond, benchPause[0], manifestImport.lastPace(), machine);
            }
        } finally {
            HttpBench.deleteTree(dir);
        }
    }

    private static ManifestReader open(Path csv) throws java.io.IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16);
        return ManifestReader.open(in, ManifestFormat.CSV);
    }

    private static double seconds(long startNanos) { return (System.nanoTime() - startNanos) / 1e9; }
}
