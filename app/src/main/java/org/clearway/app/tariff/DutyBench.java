package org.clearway.app.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.tariff.DutyCalculation;
import org.clearway.core.tariff.DutyCalculator;
import org.clearway.core.tariff.DutyRequest;
import org.clearway.core.tariff.TariffDutyCalculator;
import org.clearway.core.tariff.Tariffs;

/**
 * Duty calculations per second on one thread: the US HTS 2024 on one line and on a 50-line
 * declaration (real lines: ad valorem, specific, compound, preferential and column 2 origins, an
 * invoice in EUR), each beside a baseline in the same run: the same requests through the flat-rate
 * gb-provisional tariff (one measure for every code), so the ratio is the cost of the real tariff
 * (looking up the line, choosing among its measures, specific and compound duties).
 */
public final class DutyBench {
    private static final LocalDate DATE = LocalDate.of(2024, 7, 1);
    private static volatile Object sink;

    private DutyBench() {}

    public record Result(String name, double perSecond, double baselinePerSecond) {
        public double ratio() { return perSecond / baselinePerSecond; }
    }

    public static List<Result> run(double seconds) {
        ReferenceData reference = BundledReferenceData.load();
        DutyCalculator hts = new TariffDutyCalculator(Tariffs.bundled("us-hts-2024").tariff(), reference);
        DutyCalculator flat = new TariffDutyCalculator(Tariffs.bundled("gb-provisional").tariff(), reference);
        DutyRequest one = request(1);
        DutyRequest fifty = request(50);
        requireCalculated(hts, one);
        requireCalculated(hts, fifty);
        requireCalculated(flat, fifty);
        List<Result> results = new ArrayList<>();
        results.add(compare("1 line", hts, flat, one, seconds));
        results.add(compare("50-line declaration", hts, flat, fifty, seconds));
        return results;
    }

    /**
     * The measured and the baseline calculator take turns in 10 rounds of seconds/10 each (after one
     * warm-up round as long as the measuring time), and each figure is the median of its rounds: on a
     * shared machine a burst of load then hits both sides rather than one.
     */
    private static Result compare(String name, DutyCalculator measured, DutyCalculator baseline, DutyRequest request, double seconds) {
        loop(measured, request, seconds / 2);
        loop(baseline, request, seconds / 2);
        int rounds = 10;
        double[] a = new double[rounds], b = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            a[i] = loop(measured, request, seconds / rounds);
            b[i] = loop(baseline, request, seconds / rounds);
        }
        return new Result(name, median(a), median(b));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Calculations per second over a loop of about {@code seconds}. */
    private static double loop(DutyCalculator calculator, DutyRequest request, double seconds) {
        TariffDutyCalculator c = (TariffDutyCalculator) calculator;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long n = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10; i++) sink = c.calculate(request, DATE);
            n += 10;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static void requireCalculated(DutyCalculator calculator, DutyRequest request) {
        if (!(((TariffDutyCalculator) calculator).calculate(request, DATE) instanceof DutyCalculation.Calculated)) {
            throw new IllegalStateException("the bench request does not calculate: " + ((TariffDutyCalculator) calculator).calculate(request, DATE));
        }
    }

    /** {@code n} lines cycling over real HTS lines; invoice in EUR, FOB. */
    static DutyRequest request(int n) {
        String[][] lines = {
                {"61091000", "CN", "1000.00", null, null}, {"6109100012", "AU", "250.00", null, null},
                {"04072100", "GB", "300.00", "1200", "NAR"}, {"22042150", "JO", "3000.00", "750", "LTR"},
                {"1704907800", "CN", "2000.00", "500", "KGM"}, {"64029980", "CN", "9000.00", "1000", "PR"},
                {"84713001", "KP", "200.00", null, null}, {"40111010", "JP", "9999.99", null, null},
                {"1806321600", "CO", "1000.00", "100", "KGM"}, {"87032301", "DE", "30000.00", null, null},
        };
        List<DutyRequest.Line> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] l = lines[i % lines.length];
            Quantity q = l[3] == null ? null : new Quantity(new BigDecimal(l[3]), l[4]);
            out.add(new DutyRequest.Line(i + 1, l[0], l[1], new BigDecimal(l[2]), q, null));
        }
        return new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("EUR"), Incoterm.FOB, null, null, out);
    }
}
