package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.CurrencyCode;
import org.junit.jupiter.api.Test;

/**
 * The calculator that remembers conversions, lookups and its settings' texts gives what the one before
 * it gave ({@link TariffDutyCalculatorBefore}), equal to the last decimal's scale and the last character
 * of every basis and note, for the bulk import's consignments and for varied requests over the three
 * bundled tariffs: types, currencies (known, unknown, without a rate on the date), Incoterms and
 * freight, several items, codes listed, unlisted, headings and none, origins in and out of groups,
 * dates across the tariffs' measures. Each request is asked twice of the same calculator: the second
 * answer comes from what the first remembered.
 */
class TariffDutyCalculatorDifferentialTest {
    private static final String[] CURRENCIES = {"GBP", "EUR", "USD", "USD", "JPY", "CNY", "CHF", "SEK", "XXX", "ZZZ", "HRK"};
    private static final String[] ORIGINS = {"CN", "US", "GB", "CH", "TW", "RU", "VN", "MX", "CA", "IN", "KR", "JP", "NO", "ZA", "BR"};
    private static final String[] UNITS = {"NAR", "KGM", "LTR", "TNE", "PR", "DOZ", "MTK", "NPR"};
    private static final LocalDate[] DATES = {LocalDate.of(2026, 11, 28), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30),
            LocalDate.of(2024, 7, 1), LocalDate.of(2022, 1, 3), LocalDate.of(2020, 6, 1), LocalDate.of(2019, 5, 10),
            LocalDate.of(2017, 3, 4), LocalDate.of(1998, 12, 31), LocalDate.of(2026, 1, 1)};

    @Test
    void theBulkImportsConsignmentsCostTheSame() {
        Tariff tariff = Tariffs.bundled("gb-provisional").tariff();
        var before = new TariffDutyCalculatorBefore(tariff, BundledReferenceData.load());
        var after = new TariffDutyCalculator(tariff, BundledReferenceData.load());
        LocalDate today = LocalDate.of(2026, 11, 28);
        for (DutyRequest r : ParcelRequests.of(20_000, 3)) {
            DutyCalculation expected = before.calculate(r, today);
            assertThat(expected).isInstanceOf(DutyCalculation.Calculated.class);
            assertThat(after.calculate(r, today)).isEqualTo(expected);
        }
    }

    @Test
    void variedRequestsOverEveryBundledTariffCostTheSame() {
        for (String id : Tariffs.BUNDLED) {
            Tariff tariff = Tariffs.bundled(id).tariff();
            var before = new TariffDutyCalculatorBefore(tariff, BundledReferenceData.load());
            var after = new TariffDutyCalculator(tariff, BundledReferenceData.load());
            List<String> codes = codes(tariff);
            SplittableRandom random = new SplittableRandom(id.hashCode());
            int calculated = 0, notCalculable = 0;
            for (int n = 0; n < 6_000; n++) {
                DutyRequest r = request(random, codes);
                LocalDate date = DATES[random.nextInt(DATES.length)];
                DutyCalculation expected = before.calculate(r, date);
                assertThat(after.calculate(r, date)).as("%s %s %s", id, r, date).isEqualTo(expected);
                assertThat(after.calculate(r, date)).as("again: %s %s %s", id, r, date).isEqualTo(expected);
                if (expected instanceof DutyCalculation.Calculated) calculated++;
                else notCalculable++;
            }
            // Both outcomes are well represented, or the comparison proves little.
            assertThat(calculated).as(id).isGreaterThan(600);
            assertThat(notCalculable).as(id).isGreaterThan(600);
        }
    }

    private static List<String> codes(Tariff tariff) {
        List<String> codes = new ArrayList<>();
        int n = 0;
        for (TariffLine line : tariff.lines()) {
            // Every line of the small tariffs, every 40th of the large one (with its headings).
            if (tariff.lines().size() < 500 || n++ % 40 == 0) codes.add(line.code());
        }
        codes.addAll(List.of("851830", "851762", "847130", "610910", "490199", "847160", "6109", "61", "99999999", "0000", "*"));
        return codes;
    }

    private static DutyRequest request(SplittableRandom random, List<String> codes) {
        DeclarationType type = switch (random.nextInt(5)) {
            case 0, 1 -> DeclarationType.LOW_VALUE;
            case 2, 3 -> DeclarationType.IMPORT;
            default -> DeclarationType.EXPORT;
        };
        CurrencyCode currency = random.nextInt(20) == 0 ? null : new CurrencyCode(CURRENCIES[random.nextInt(CURRENCIES.length)]);
        Incoterm incoterm = random.nextInt(3) == 0 ? null : Incoterm.values()[random.nextInt(Incoterm.values().length)];
        Money freight = random.nextInt(3) == 0 ? null : money(random);
        Money insurance = random.nextInt(3) == 0 ? null : money(random);
        List<DutyRequest.Line> lines = new ArrayList<>();
        int items = 1 + (random.nextInt(3) == 0 ? random.nextInt(5) : 0);
        for (int i = 1; i <= items; i++) {
            String code = random.nextInt(25) == 0 ? null : codes.get(random.nextInt(codes.size()));
            String origin = random.nextInt(25) == 0 ? null : ORIGINS[random.nextInt(ORIGINS.length)];
            BigDecimal value = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextLong(10_000_000), random.nextInt(4))
                    : BigDecimal.valueOf(100 + random.nextInt(20_000), 2);
            Quantity quantity = random.nextInt(3) == 0 ? null
                    : new Quantity(BigDecimal.valueOf(1 + random.nextInt(5000), random.nextInt(3)), UNITS[random.nextInt(UNITS.length)]);
            BigDecimal netMass = random.nextInt(3) == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
            lines.add(new DutyRequest.Line(i, code, origin, value, quantity, netMass));
        }
        return new DutyRequest(type, currency, incoterm, freight, insurance, lines, random.nextBoolean() ? "valuationCosts." : "");
    }

    private static Money money(SplittableRandom random) {
        return new Money(BigDecimal.valueOf(random.nextInt(50_000), 2), new CurrencyCode(CURRENCIES[random.nextInt(CURRENCIES.length - 3)]));
    }
}
