package org.clearway.app.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.clearway.store.declaration.BulkLodgementJdbc;

/**
 * Imports N synthetic low-value consignments from a CSV manifest into a fresh embedded PostgreSQL,
 * each validated and assessed, and reports consignments per second and the peak heap during the
 * import. Baselines from the same run: the CSV read and decoded alone, and read + decoded +
 * validated + assessed without storing.
 */
public final class ManifestBench {
    public record Result(long count, double parseOnlyPerSecond, double checkedPerSecond, double importedPerSecond,
                         long accepted, long rejected, long peakHeapBytes, long peakAfterGcBytes, long maxHeapBytes, String audit) {}

    private ManifestBench() {}

    public static Result run(long count, Path workDir) throws Exception {
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

                var manifestImport = new ManifestImport(app.pipeline(), new BulkLodgementJdbc(db, app.audit()), app.administration().country(), app.clock());
                System.gc();
                // Heap in use (garbage not yet collected included), sampled every 10 ms during the import.
                java.util.concurrent.atomic.AtomicLong peakHeap = new java.util.concurrent.atomic.AtomicLong();
                // and the heap left in use just after a collection (what the import really holds)
                java.util.concurrent.atomic.AtomicLong peakAfterGc = new java.util.concurrent.atomic.AtomicLong();
                var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
                java.util.concurrent.atomic.AtomicBoolean importing = new java.util.concurrent.atomic.AtomicBoolean(true);
                Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                    var memory = ManagementFactory.getMemoryMXBean();
                    while (importing.get()) {
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        peakAfterGc.accumulateAndGet(heapPools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(), Math::max);
                        try { Thread.sleep(10); } catch (InterruptedException e) { return; }
                    }
                });
                start = System.nanoTime();
                ManifestImport.Outcome outcome;
                try (ManifestReader reader = open(csv)) {
                    outcome = manifestImport.run(trader, reader, "manifest bench", 1000, ManifestReader::inColumns, new ManifestImport.Listener() {
                        @Override public void rejected(ManifestLine line, List<org.clearway.core.validation.Problem> problems) {}
                    });
                }
                double imported = count / seconds(start);
                importing.set(false);
                sampler.join();
                long peak = peakHeap.get();
                long stored = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM declarations WHERE lrn LIKE 'PARCEL-%'").mapTo(Long.class).one());
                if (stored != outcome.accepted() || ok != count || acceptable != outcome.accepted()) {
                    throw new IllegalStateException("bench check failed: decoded " + ok + ", acceptable " + acceptable
                            + ", accepted " + outcome.accepted() + ", stored " + stored + " of " + count);
                }
                VerifyResult audit = app.audit().verify();
                return new Result(count, parseOnly, checked, imported, outcome.accepted(), outcome.rejected(), peak, peakAfterGc.get(),
                        Runtime.getRuntime().maxMemory(), audit.toString());
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
