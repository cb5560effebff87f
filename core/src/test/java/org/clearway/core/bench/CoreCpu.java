package org.clearway.core.bench;

import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.declaration.MrnBefore;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.tariff.DutyCalculation;
import org.clearway.core.tariff.DutyRequest;
import org.clearway.core.tariff.ParcelRequests;
import org.clearway.core.tariff.Tariff;
import org.clearway.core.tariff.TariffDutyCalculator;
import org.clearway.core.tariff.TariffDutyCalculatorBefore;
import org.clearway.core.tariff.Tariffs;

/**
 * The bulk import's core hot spots, each against the way it was before (kept in test sources as the
 * oracle of the differential tests), by one thread's CPU time: {@link Mrn#of} and the duty of the
 * generated low-value consignments ({@code gb-provisional}). Not a test: a command,
 * <pre>
 * ./mvnw -B -o -q -pl core -am test-compile
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) org.clearway.core.bench.CoreCpu 7
 * </pre>
 * ({@code core/target/cp.txt}: {@code ./mvnw -B -o -q -pl core dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class CoreCpu {
    private CoreCpu() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.println("start: " + CpuRounds.load());
        long[] sink = new long[1];
        int n = 20_000;
        CpuRounds.compare("Mrn.of", n, rounds,
                i -> sink[0] += MrnBefore.of(2026, "GB", 1_000_000L + i).charAt(17),
                i -> sink[0] += Mrn.of(2026, "GB", 1_000_000L + i).value().charAt(17));

        Tariff tariff = Tariffs.bundled("gb-provisional").tariff();
        var reference = BundledReferenceData.load();
        var before = new TariffDutyCalculatorBefore(tariff, reference);
        var after = new TariffDutyCalculator(tariff, reference);
        List<DutyRequest> parcels = ParcelRequests.of(n, 42);
        LocalDate today = LocalDate.of(2026, 11, 28);
        CpuRounds.compare("TariffDutyCalculator.calculate", n, rounds,
                i -> sink[0] += ((DutyCalculation.Calculated) before.calculate(parcels.get(i), today)).amounts().items().size(),
                i -> sink[0] += ((DutyCalculation.Calculated) after.calculate(parcels.get(i), today)).amounts().items().size());
        System.out.println("end: " + CpuRounds.load() + " (checksum " + sink[0] + ")");
    }
}
