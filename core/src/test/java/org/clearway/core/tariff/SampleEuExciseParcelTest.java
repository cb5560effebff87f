package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * The sample EU-style tariff's excise (by line and by heading, specific and ad valorem, VAT on value
 * plus duty plus excise), its anti-dumping duty set on a heading, and its flat duty per heading for
 * low-value parcels from 2026-07-01 in place of the de minimis. Invoices in EUR, CIF, 2024-07-01
 * unless said otherwise; rounded to cents, half up, per item.
 */
class SampleEuExciseParcelTest {
    static final Tariff SAMPLE = Tariffs.bundled("sample-eu").tariff();
    static final TariffDutyCalculator EU = new TariffDutyCalculator(SAMPLE, BundledReferenceData.load());
    static final LocalDate D = LocalDate.of(2024, 7, 1);

    // ---- excise ----

    @Test
    void whiskyPaysExcisePerLitreOfPureAlcoholAndVatIncludesIt() {
        // 22083000 Whiskies: duty Free; excise 17.5891 EUR/LPA. 12 bottles × 0.7 l × 40 % vol = 3.36 LPA declared.
        // Excise 17.5891 × 3.36 = 59.099376 -> 59.10. VAT 20 % × (300.00 + 0.00 + 59.10) = 71.82. Total 130.92.
        AmountsDue due = ok(imports(line(1, "22083000", "GB", "300.00", new Quantity(new BigDecimal("3.36"), "LPA"))), D);
        ItemAmounts item = due.items().getFirst();
        assertThat(item.duty()).isEqualTo(eur("0.00"));
        assertThat(item.excise()).isEqualTo(eur("59.10"));
        assertThat(item.exciseMeasure()).startsWith("EXCISE 1011");
        assertThat(item.exciseExpression()).isEqualTo("17.5891 EUR/LPA");
        assertThat(item.exciseBasis()).contains("× 3.36 LPA");
        assertThat(item.vat()).isEqualTo(eur("71.82"));
        assertThat(item.vatBasis()).contains("plus duty plus excise, 359.10 EUR");
        assertThat(due.excise()).isEqualTo(eur("59.10"));
        assertThat(due.total()).isEqualTo(eur("130.92"));
    }

    @Test
    void cigarettesPayDutyAndACompoundExcisePerThousand() {
        // 24022090 cigarettes: duty 57.6 %; excise 180 EUR/MIL + 5 %. 10000 cigarettes (NAR) = 10 MIL, value 2000.00.
        // Duty 2000.00 × 57.6 % = 1152.00. Excise 180 × 10 + 2000.00 × 5 % = 1800.00 + 100.00 = 1900.00.
        // VAT 20 % × (2000.00 + 1152.00 + 1900.00) = 1010.40. Total 1152.00 + 1900.00 + 1010.40 = 4062.40.
        AmountsDue due = ok(imports(line(1, "24022090", "CN", "2000.00", new Quantity(new BigDecimal("10000"), "NAR"))), D);
        assertThat(due.duty()).isEqualTo(eur("1152.00"));
        assertThat(due.excise()).isEqualTo(eur("1900.00"));
        assertThat(due.vat()).isEqualTo(eur("1010.40"));
        assertThat(due.total()).isEqualTo(eur("4062.40"));
        assertThat(due.items().getFirst().exciseExpression()).isEqualTo("180 EUR/MIL + 5%");
    }

    @Test
    void wineTakesTheExciseSetOnItsHeading() {
        // 22042100 wine: duty 0.131 EUR/LTR (its line); excise 0.9 EUR/LTR set on heading 2204. 750 LTR, 3000.00.
        // Duty 98.25; excise 675.00; VAT 20 % × (3000.00 + 98.25 + 675.00) = 754.65.
        AmountsDue due = ok(imports(line(1, "22042100", "AR", "3000.00", new Quantity(new BigDecimal("750"), "LTR"))), D);
        assertThat(due.duty()).isEqualTo(eur("98.25"));
        assertThat(due.excise()).isEqualTo(eur("675.00"));
        assertThat(due.vat()).isEqualTo(eur("754.65"));
    }

    @Test
    void anExciseWithoutItsQuantityIsAProblemNotAnAmount() {
        assertThat(problems(imports(line(1, "24022090", "CN", "2000.00", null)), D))
                .extracting(Problem::code, Problem::path).containsExactly(org.assertj.core.groups.Tuple.tuple("UNIT_QUANTITY_MISSING", "items[0].quantity"));
    }

    @Test
    void goodsWithoutExciseShowNone() {
        AmountsDue due = ok(imports(line(1, "61091000", "CN", "1000.00", null)), D);
        assertThat(due.excise()).isNull();
        assertThat(due.items().getFirst().excise()).isNull();
        assertThat(due.total()).isEqualTo(eur("344.00"));
    }

    // ---- an additional duty set on a heading ----

    @Test
    void bicyclesFromChinaPayTheAntiDumpingDutyOfTheirHeading() {
        // 87120030 bicycles: duty 14 %; anti-dumping 48.5 % on heading 8712 for CN, 2019-08-29 to 2024-08-28.
        // From CN, 1000.00: 140.00 + 485.00 = 625.00; VAT 20 % × 1625.00 = 325.00. From TW: 140.00.
        // From CN on 2024-09-01, after the window: 140.00.
        AmountsDue cn = ok(imports(line(1, "87120030", "CN", "1000.00", null)), D);
        assertThat(cn.duty()).isEqualTo(eur("625.00"));
        assertThat(cn.vat()).isEqualTo(eur("325.00"));
        assertThat(cn.items().getFirst().measure()).contains("+ ADDITIONAL_DUTY CN (sample anti-dumping duty on the heading");
        assertThat(ok(imports(line(1, "87120030", "TW", "1000.00", null)), D).duty()).isEqualTo(eur("140.00"));
        assertThat(ok(imports(line(1, "87120030", "CN", "1000.00", null)), LocalDate.of(2024, 9, 1)).duty()).isEqualTo(eur("140.00"));
    }

    // ---- the flat duty per heading for parcels ----

    static final LocalDate FLAT = LocalDate.of(2026, 8, 1);

    @Test
    void aParcelPaysAFlatAmountPerHeadingInsteadOfTheDeMinimis() {
        // LOW_VALUE, total 95.00 EUR (at or under 150): from 2026-07-01, 3 EUR per heading in place of the de minimis.
        // Items: headphones 85183000 40.00 (heading 8518: 3.00), earphones 85183000 30.00 (8518 again: 0.00, charged on
        // item 1), T-shirt 61091000 25.00 (heading 6109: 3.00). Duty 6.00.
        // VAT 20 % × (40.00 + 3.00) = 8.60, × 30.00 = 6.00, × (25.00 + 3.00) = 5.60: 20.20. Total 26.20.
        AmountsDue due = ok(parcel(), FLAT);
        assertThat(due.items()).extracting(ItemAmounts::duty).containsExactly(eur("3.00"), eur("0.00"), eur("3.00"));
        assertThat(due.items()).extracting(ItemAmounts::vat).containsExactly(eur("8.60"), eur("6.00"), eur("5.60"));
        assertThat(due.duty()).isEqualTo(eur("6.00"));
        assertThat(due.total()).isEqualTo(eur("26.20"));
        assertThat(due.items().get(0).measure()).isEqualTo("FLAT_RATE_DUTY heading 8518");
        assertThat(due.items().get(1).dutyBasis()).contains("heading 8518 is charged on item 1");
        assertThat(due.items().get(0).dutyBasis()).contains("in place of the de minimis and the tariff rate");
    }

    @Test
    void beforeTheFlatRuleStartsTheDeMinimisApplies() {
        // The same parcel on 2026-06-30: total 95.00 at or under the duty de minimis of 150: no duty; VAT 8.00 + 6.00 + 5.00.
        AmountsDue due = ok(parcel(), LocalDate.of(2026, 6, 30));
        assertThat(due.duty()).isEqualTo(eur("0.00"));
        assertThat(due.vat()).isEqualTo(eur("19.00"));
    }

    @Test
    void anImportDeclarationIsNotAParcel() {
        // The flat rule is for LOW_VALUE: an IMPORT of the same goods pays the tariff: 2 % × 40.00 = 0.80, 2 % × 30.00 = 0.60,
        // 12 % × 25.00 = 3.00.
        DutyRequest r = new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("EUR"), Incoterm.CIF, null, null, parcel().lines());
        assertThat(ok(r, FLAT).items()).extracting(ItemAmounts::duty).containsExactly(eur("0.80"), eur("0.60"), eur("3.00"));
    }

    @Test
    void theFlatRuleIsConfiguredInTheSettings() {
        ParcelFlatDuty flat = SAMPLE.settings().flatDuty();
        assertThat(flat.amount()).isEqualByComparingTo("3");
        assertThat(flat.per()).isEqualTo("heading");
        assertThat(flat.types()).containsExactly(DeclarationType.LOW_VALUE);
        assertThat(flat.ceiling()).isEqualByComparingTo("150");
        assertThat(flat.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(SAMPLE.settings().vatOnExcise()).isTrue();
        assertThat(Tariffs.bundled("us-hts-2024").tariff().settings().flatDuty()).isNull();
    }

    private static DutyRequest parcel() {
        return new DutyRequest(DeclarationType.LOW_VALUE, new CurrencyCode("EUR"), Incoterm.CIF, null, null, List.of(
                line(1, "85183000", "CN", "40.00", null), line(2, "85183000", "CN", "30.00", null), line(3, "61091000", "CN", "25.00", null)));
    }

    private static DutyRequest.Line line(int sequence, String code, String origin, String value, Quantity q) {
        return new DutyRequest.Line(sequence, code, origin, new BigDecimal(value), q, null);
    }

    private static DutyRequest imports(DutyRequest.Line line) {
        return new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("EUR"), Incoterm.CIF, null, null, List.of(line));
    }

    private static AmountsDue ok(DutyRequest r, LocalDate date) {
        return switch (EU.calculate(r, date)) {
            case DutyCalculation.Calculated(var a) -> a;
            case DutyCalculation.NotCalculable(var p) -> throw new AssertionError(p.toString());
        };
    }

    private static List<Problem> problems(DutyRequest r, LocalDate date) {
        return EU.calculate(r, date) instanceof DutyCalculation.NotCalculable(var p) ? p : List.of();
    }

    private static Money eur(String amount) { return Money.of(amount, "EUR"); }
}
