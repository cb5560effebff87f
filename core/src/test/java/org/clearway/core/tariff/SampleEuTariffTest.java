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
 * The sample EU-style tariff in the neutral format: EUR, CIF basis, 20 % VAT on customs value plus
 * duty, duty de minimis 150 EUR for low-value consignments, no tax de minimis. Date 2024-07-01
 * (1 EUR = 1.0745 USD) unless said otherwise; amounts rounded to cents, half up, per item.
 */
class SampleEuTariffTest {
    static final LoadedTariff LOADED = Tariffs.bundled("sample-eu");
    static final TariffDutyCalculator EU = new TariffDutyCalculator(LOADED.tariff(), BundledReferenceData.load());
    static final LocalDate D = LocalDate.of(2024, 7, 1);

    @Test
    void loadsEveryRateTextOfTheNeutralFormat() {
        assertThat(LOADED.unparsed()).isEmpty();
        assertThat(LOADED.tariff().settings().valuationBasis()).isEqualTo(ValuationBasis.CIF);
        assertThat(LOADED.tariff().settings().vatRate()).isEqualByComparingTo("0.20");
    }

    @Test
    void cifInvoiceDutyAndVatOnValuePlusDuty() {
        // 61091000 12 %: 1000.00 CIF -> duty 120.00; VAT 20 % × 1120.00 = 224.00; total 344.00.
        AmountsDue due = ok(request(Incoterm.CIF, null, null, line("61091000", "CN", "1000.00", null, null)), D);
        assertThat(due.duty()).isEqualTo(eur("120.00"));
        assertThat(due.vat()).isEqualTo(eur("224.00"));
        assertThat(due.total()).isEqualTo(eur("344.00"));
        assertThat(due.items().getFirst().vatBasis()).contains("plus duty");
    }

    @Test
    void fobInvoiceHasFreightAndInsuranceAddedForCif() {
        // FOB 1000.00 + freight 80.00 + insurance 20.00 = 1100.00; duty 12 % = 132.00; VAT 20 % × 1232.00 = 246.40.
        AmountsDue due = ok(request(Incoterm.FOB, eur("80.00"), eur("20.00"), line("61091000", "CN", "1000.00", null, null)), D);
        assertThat(due.items().getFirst().customsValue()).isEqualTo(eur("1100.00"));
        assertThat(due.duty()).isEqualTo(eur("132.00"));
        assertThat(due.vat()).isEqualTo(eur("246.40"));
    }

    @Test
    void freightIsSharedByValueAndTheLastItemTakesTheRemainder() {
        // 100.00 over items of 1000.00 and 2000.00: 33.33 and 66.67.
        AmountsDue due = ok(new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("EUR"), Incoterm.FOB, eur("100.00"), eur("0.00"),
                List.of(line("84713000", "CN", "1000.00", null, null), new DutyRequest.Line(2, "84713000", "CN", new BigDecimal("2000.00"), null, null))), D);
        assertThat(due.items()).extracting(ItemAmounts::customsValue).containsExactly(eur("1033.33"), eur("2066.67"));
    }

    @Test
    void fobInvoiceWithoutFreightIsAProblem() {
        assertThat(problems(request(Incoterm.FOB, null, null, line("61091000", "CN", "1000.00", null, null)), D))
                .extracting(Problem::code).containsExactly("VALUATION_COSTS_MISSING");
    }

    @Test
    void anExportOnTheCifBasisNeedsNoFreight() {
        DutyRequest export = new DutyRequest(DeclarationType.EXPORT, new CurrencyCode("EUR"), Incoterm.FCA, null, null,
                List.of(line("61091000", "CN", "1000.00", null, null)));
        assertThat(ok(export, D).total()).isEqualTo(eur("0.00"));
    }

    @Test
    void preferenceForTheUkOnlySinceTheAgreement() {
        // EU-UK preference Free from 2021-01-01: on 2024-07-01 duty 0.00; on 2020-06-01 the 12 % applies: 120.00.
        assertThat(ok(request(Incoterm.CIF, null, null, line("61091000", "GB", "1000.00", null, null)), D).duty()).isEqualTo(eur("0.00"));
        assertThat(ok(request(Incoterm.CIF, null, null, line("61091000", "GB", "1000.00", null, null)), LocalDate.of(2020, 6, 1)).duty())
                .isEqualTo(eur("120.00"));
    }

    @Test
    void antiDumpingDutyAddsOnTopForItsOriginAndWindow() {
        // 73181595 3.7 % + anti-dumping 86.5 % on CN from 2022-02-17: 1000.00 -> 37.00 + 865.00 = 902.00; VAT 20 % × 1902.00 = 380.40.
        AmountsDue due = ok(request(Incoterm.CIF, null, null, line("73181595", "CN", "1000.00", null, null)), D);
        assertThat(due.duty()).isEqualTo(eur("902.00"));
        assertThat(due.vat()).isEqualTo(eur("380.40"));
        assertThat(due.items().getFirst().measure()).contains("ADDITIONAL_DUTY CN");
        // Before the window: 3.7 % only.
        assertThat(ok(request(Incoterm.CIF, null, null, line("73181595", "CN", "1000.00", null, null)), LocalDate.of(2022, 1, 3)).duty())
                .isEqualTo(eur("37.00"));
        // Other origins never pay it.
        assertThat(ok(request(Incoterm.CIF, null, null, line("73181595", "TW", "1000.00", null, null)), D).duty()).isEqualTo(eur("37.00"));
    }

    @Test
    void prohibitionForAnOriginIsAProblem() {
        assertThat(problems(request(Incoterm.CIF, null, null, line("71081300", "RU", "1000.00", null, null)), D))
                .extracting(Problem::code).containsExactly("IMPORT_PROHIBITED");
        assertThat(ok(request(Incoterm.CIF, null, null, line("71081300", "CH", "1000.00", null, null)), D).duty()).isEqualTo(eur("0.00"));
    }

    @Test
    void minimumPerPair() {
        // 64039993 max(8 % ; 1.50 EUR/pair): 100 pairs at 1000.00 -> 80.00 < 150.00 -> 150.00; at 3000.00 -> 240.00.
        Quantity pairs = new Quantity(new BigDecimal("100"), "PR");
        assertThat(ok(request(Incoterm.CIF, null, null, line("64039993", "CN", "1000.00", pairs, null)), D).duty()).isEqualTo(eur("150.00"));
        assertThat(ok(request(Incoterm.CIF, null, null, line("64039993", "CN", "3000.00", pairs, null)), D).duty()).isEqualTo(eur("240.00"));
    }

    @Test
    void maximumPercentage() {
        // 18063100 min(8.3 % + 0.25 EUR/kg ; 18.7 %): 1000 kg at 2000.00 -> 166.00 + 250.00 = 416.00 > 374.00 -> 374.00.
        assertThat(ok(request(Incoterm.CIF, null, null, line("18063100", "CH", "2000.00", null, new BigDecimal("1000"))), D).duty())
                .isEqualTo(eur("374.00"));
    }

    @Test
    void specificPerTonneFromKilograms() {
        // 08039010 75 EUR/t: 20000 kg = 20 t -> 1500.00.
        assertThat(ok(request(Incoterm.CIF, null, null, line("08039010", "EC", "9000.00", null, new BigDecimal("20000"))), D).duty())
                .isEqualTo(eur("1500.00"));
    }

    @Test
    void dollarInvoiceConvertedToEuro() {
        // 1 USD = 1 / 1.0745 = 0.9306654257794323 EUR: 1000.00 USD -> 930.67; 12 % -> 111.6804 -> 111.68.
        DutyRequest r = new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("USD"), Incoterm.CIF, null, null,
                List.of(line("61091000", "CN", "1000.00", null, null)));
        AmountsDue due = ok(r, D);
        assertThat(due.items().getFirst().customsValue()).isEqualTo(eur("930.67"));
        assertThat(due.duty()).isEqualTo(eur("111.68"));
    }

    @Test
    void lowValueUnderTheDutyDeMinimisStillOwesVat() {
        // 100.00 <= 150: no duty; VAT 20 % × 100.00 = 20.00 (no tax de minimis).
        DutyRequest r = new DutyRequest(DeclarationType.LOW_VALUE, new CurrencyCode("EUR"), Incoterm.CIF, null, null,
                List.of(line("61091000", "CN", "100.00", null, null)));
        AmountsDue due = ok(r, D);
        assertThat(due.duty()).isEqualTo(eur("0.00"));
        assertThat(due.vat()).isEqualTo(eur("20.00"));
    }

    @Test
    void headingWhoseLinesDifferIsNotDeclarable() {
        assertThat(problems(request(Incoterm.CIF, null, null, line("6109", "CN", "10.00", null, null)), D))
                .extracting(Problem::code).containsExactly("TARIFF_CODE_NOT_DECLARABLE");
    }

    private static DutyRequest.Line line(String code, String origin, String value, Quantity q, BigDecimal kg) {
        return new DutyRequest.Line(1, code, origin, new BigDecimal(value), q, kg);
    }

    private static DutyRequest request(Incoterm term, Money freight, Money insurance, DutyRequest.Line line) {
        return new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("EUR"), term, freight, insurance, List.of(line));
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
