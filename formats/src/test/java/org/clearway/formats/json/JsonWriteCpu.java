package org.clearway.formats.json;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.DutyCalculation;
import org.clearway.core.tariff.TariffDutyCalculator;
import org.clearway.core.tariff.Tariffs;
import org.clearway.formats.manifest.ManifestFormat;
import org.clearway.formats.manifest.ManifestReader;

/**
 * The bulk import's JSON writing, each way against the way before (Jackson's generator, kept in test
 * sources as the oracle of the differential tests), by one thread's CPU time and allocation, over the
 * consignments of a generated manifest: the canonical declaration ({@link DeclarationWriter}, what the
 * reading thread hashes and stores) and the stored assessment ({@link AnswerJsonWriter}; its amounts
 * from the {@code gb-provisional} tariff, its lane green with the reason random selection gives).
 * Also the reading thread's SHA-256 and hex of the canonical bytes, for scale. Warm-up, then rounds that
 * alternate the two ways; medians. Not a test: a command,
 * <pre>
 * ./clearway generate-manifest --count 20000 --out /tmp/parcels.csv
 * ./mvnw -B -o -q -pl formats -am test-compile
 * java -cp app/target/clearway.jar:formats/target/test-classes org.clearway.formats.json.JsonWriteCpu /tmp/parcels.csv 9
 * </pre>
 * ({@code app/target/clearway.jar} must hold this worktree's formats: {@code ./mvnw -B -o -q -pl app -am package -DskipTests}).
 */
public final class JsonWriteCpu {
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private JsonWriteCpu() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        List<Declaration> declarations = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16);
             ManifestReader reader = ManifestReader.open(in, ManifestFormat.CSV)) {
            for (var line = reader.next(); line.isPresent(); line = reader.next()) {
                if (line.get().decoded() instanceof Decoded.Ok(var d)) declarations.add(d);
            }
        }
        int n = declarations.size();
        var duties = new TariffDutyCalculator(Tariffs.bundled("gb-provisional").tariff(), BundledReferenceData.load());
        LocalDate today = LocalDate.of(2026, 11, 28);
        List<AmountsDue> amounts = new ArrayList<>(n);
        for (Declaration d : declarations) amounts.add(((DutyCalculation.Calculated) duties.calculate(d, today)).amounts());
        LaneDecision green = new LaneDecision(Lane.GREEN, List.of(new Reason("NOT_SELECTED", Lane.GREEN,
                "not selected by random selection (rates: red 1.0 %, yellow 4.0 %); no risk criteria are active yet")));
        System.out.printf("%,d consignments; start: load average %.2f%n", n, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long[] sink = new long[1];
        compare("DeclarationWriter (canonical JSON)", n, rounds,
                i -> sink[0] += DeclarationWriterBefore.bytes(declarations.get(i)).length,
                i -> sink[0] += DeclarationWriter.bytes(declarations.get(i)).length);
        compare("AnswerJsonWriter.assessment", n, rounds,
                i -> sink[0] += AnswerJsonWriterBefore.assessment(amounts.get(i), green).length(),
                i -> sink[0] += AnswerJsonWriter.assessment(amounts.get(i), green).length());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        List<byte[]> canonical = declarations.stream().map(DeclarationWriter::bytes).toList();
        compare("SHA-256 + hex of the canonical", n, rounds,
                i -> sink[0] += HexFormat.of().formatHex(sha256.digest(canonical.get(i))).length(),
                i -> sink[0] += HexFormat.of().formatHex(sha256.digest(canonical.get(i))).length());
        System.out.printf("end: load average %.2f (checksum %d)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink[0]);
    }

    private static void compare(String what, int count, int rounds, IntConsumer before, IntConsumer after) {
        for (int w = 0; w < 3; w++) {
            pass(count, before);
            pass(count, after);
        }
        double[] bc = new double[rounds], bb = new double[rounds], ac = new double[rounds], ab = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] x = pass(count, before), y = pass(count, after);
            bc[r] = x[0]; bb[r] = x[1]; ac[r] = y[0]; ab[r] = y[1];
        }
        System.out.printf("%-34s before %7.3f us %6.0f B | after %7.3f us %6.0f B | after/before %.3f (CPU, median of %d rounds)%n",
                what, median(bc), median(bb), median(ac), median(ab), median(ac) / median(bc), rounds);
    }

    private static double[] pass(int count, IntConsumer op) {
        long self = Thread.currentThread().threadId();
        long cpu = THREADS.getCurrentThreadCpuTime(), allocated = THREADS.getThreadAllocatedBytes(self);
        for (int i = 0; i < count; i++) op.accept(i);
        return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / count, (THREADS.getThreadAllocatedBytes(self) - allocated) / (double) count};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
