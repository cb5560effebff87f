package org.clearway.app.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.clearway.app.manifest.SyntheticConsignments;
import org.clearway.core.declaration.PartyId;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.manifest.ManifestCsvWriter;
import org.clearway.formats.manifest.ManifestFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate-manifest", mixinStandardHelpOptions = true,
        description = {"Write N synthetic low-value consignments (valid, reproducible from the seed) as a manifest file,",
                "e.g. ./clearway generate-manifest --count 1000000 --out parcels.csv; import it with ./clearway import."})
public final class GenerateManifestCommand implements Callable<Integer> {
    @Option(names = "--count", required = true, description = "How many consignments.")
    long count;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--format", defaultValue = "csv", description = "csv or jsonl. Default: ${DEFAULT-VALUE}")
    ManifestFormat format;

    @Option(names = "--declarant", defaultValue = "GB100000000001", description = "Declarant party id (the demo's trader1). Default: ${DEFAULT-VALUE}")
    String declarant;

    @Option(names = "--lrn-prefix", defaultValue = "PARCEL", description = "LRNs are PREFIX-1 .. PREFIX-N. Default: ${DEFAULT-VALUE}")
    String lrnPrefix;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the made-up data. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        write(out, format, count, new SyntheticConsignments(seed, new PartyId(declarant), "Northwind Imports Ltd", lrnPrefix, LocalDate.now()));
        System.out.printf("wrote %,d consignments to %s (%,d bytes) in %.1f s%n", count, out, Files.size(out), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Writes the manifest; shared with the benchmark so both use the same data. */
    public static void write(Path out, ManifestFormat format, long count, SyntheticConsignments consignments) throws java.io.IOException {
        var json = new DeclarationJsonCodec();
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            if (format == ManifestFormat.CSV) w.write(ManifestCsvWriter.header() + "\n");
            for (long n = 1; n <= count; n++) {
                var d = consignments.next(n);
                w.write(format == ManifestFormat.CSV ? ManifestCsvWriter.line(d) : new String(json.encode(d), StandardCharsets.UTF_8));
                w.write('\n');
            }
        }
    }
}
