package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.ValuationCosts;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * Freight and insurance declared on the declaration itself reach the customs value: added on a CIF
 * basis to an invoice without main carriage, taken off on a FOB basis from one with it, shared over
 * the items by value. 2024-07-01: 1 EUR = 1.0745 USD.
 */
class ValuationCostsTest {
    static final ReferenceData REFERENCE = BundledReferenceData.load();
    static final TariffDutyCalculator EU = new TariffDutyCalculator(Tariffs.bundled("sample-eu").tariff(), REFERENCE);
    static final TariffDutyCalculator US = new TariffDutyCalculator(Tariffs.bundled("us-hts-2024").tariff(), REFERENCE);
    static final LocalDate D = LocalDate.of(2024, 7, 1);

    @Test
    void aFobDeclarationOnTheCifBasisHasItsFreightAndInsuranceAddedByValue() {
        // sample-eu, invoice 1000.00 EUR FOB: 61091000 600.00 (12 %), 85183000 400.00 (2 %), both from CN.
        // Freight 100.00 EUR; insurance 10.745 USD × (1 / 1.0745) = 10.00 EUR; 110.00 to add.
        // Shares by value: 110.00 × 600 / 1000 = 66.00; the last item takes the rest, 44.00. Customs values 666.00, 444.00.
        // Duty 12 % × 666.00 = 79.92; 2 % × 444.00 = 8.88. VAT 20 % × 745.92 = 149.184 -> 149.18; 20 % × 452.88 = 90.576 -> 90.58.
        Declaration d = declaration("EUR", Incoterm.FOB, new ValuationCosts(Money.of("100.00", "EUR"), Money.of("10.745", "USD")),
                item(1, "61091000", "600.00"), item(2, "85183000", "400.00"));
        AmountsDue due = ok(EU.calculate(d, D));
        assertThat(due.items()).extracting(ItemAmounts::customsValue).containsExactly(Money.of("666.00", "EUR"), Money.of("444.00", "EUR"));
        assertThat(due.items()).extracting(ItemAmounts::duty).containsExactly(Money.of("79.92", "EUR"), Money.of("8.88", "EUR"));
        assertThat(due.items()).extracting(ItemAmounts::vat).containsExactly(Money.of("149.18", "EUR"), Money.of("90.58", "EUR"));
        assertThat(due.note()).contains("+ 110.00 EUR freight and insurance (CIF basis, FOB), shared by value");
    }

    @Test
    void aCifDeclarationOnTheFobBasisHasThemTakenOff() {
        // us-hts-2024, 6109.10.00 16.5 %: invoice 1100.00 USD CIF, freight 90.00 and insurance 10.00: FOB value 1000.00;
        // duty 165.00.
        Declaration d = declaration("USD", Incoterm.CIF, new ValuationCosts(Money.of("90.00", "USD"), Money.of("10.00", "USD")),
                item(1, "61091000", "1100.00"));
        AmountsDue due = ok(US.calculate(d, D));
        assertThat(due.items().getFirst().customsValue()).isEqualTo(Money.of("1000.00", "USD"));
        assertThat(due.duty()).isEqualTo(Money.of("165.00", "USD"));
    }

    @Test
    void whenTheyAreNeededBothMustBeDeclared() {
        Declaration noInsurance = declaration("EUR", Incoterm.FOB, new ValuationCosts(Money.of("100.00", "EUR"), null), item(1, "61091000", "600.00"));
        assertThat(problems(EU.calculate(noInsurance, D))).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VALUATION_COSTS_MISSING", "valuationCosts.insurance"));
        Declaration none = declaration("EUR", Incoterm.FOB, null, item(1, "61091000", "600.00"));
        assertThat(problems(EU.calculate(none, D))).extracting(Problem::path).containsExactly("valuationCosts.freight");
        Declaration unknownCurrency = declaration("EUR", Incoterm.FOB, new ValuationCosts(Money.of("1", "EUR"), Money.of("1", "XQQ")),
                item(1, "61091000", "600.00"));
        assertThat(problems(EU.calculate(unknownCurrency, D))).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CURRENCY_UNKNOWN", "valuationCosts.insurance.currency"));
    }

    @Test
    void whenTheIncotermAlreadyMatchesTheBasisTheyChangeNothing() {
        // sample-eu, CIF invoice 600.00: customs value 600.00 whatever freight is declared; duty 72.00.
        Declaration d = declaration("EUR", Incoterm.CIF, new ValuationCosts(Money.of("100.00", "EUR"), Money.of("5.00", "EUR")),
                item(1, "61091000", "600.00"));
        assertThat(ok(EU.calculate(d, D)).items().getFirst().customsValue()).isEqualTo(Money.of("600.00", "EUR"));
    }

    @Test
    void theOldFormOfTheDeclarationHasNone() {
        Declaration d = declaration("EUR", Incoterm.FOB, null, item(1, "61091000", "600.00"));
        Declaration old = new Declaration(d.type(), d.lrn(), d.ucr(), d.declarant(), d.importer(), d.exporter(), d.seller(), d.buyer(),
                d.invoice(), d.incoterm(), d.transport(), d.items(), d.documents(), d.aeoAuthorisations());
        assertThat(old).isEqualTo(d);
        assertThat(old.valuationCosts()).isNull();
    }

    private static Declaration declaration(String currency, Incoterm term, ValuationCosts costs, GoodsItem... items) {
        BigDecimal total = List.of(items).stream().map(GoodsItem::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Declaration(DeclarationType.IMPORT, null, null, null, null, null, null, null,
                new Invoice(Money.of(total.toPlainString(), currency), D), term, null, List.of(items), List.of(), List.of(), costs);
    }

    private static GoodsItem item(int sequence, String code, String value) {
        return new GoodsItem(sequence, new HsCode(code), "goods", new CountryCode("CN"), null, null, null,
                new BigDecimal(value), "4000", null);
    }

    private static AmountsDue ok(DutyCalculation c) {
        return switch (c) {
            case DutyCalculation.Calculated(var a) -> a;
            case DutyCalculation.NotCalculable(var p) -> throw new AssertionError(p.toString());
        };
    }

    private static List<Problem> problems(DutyCalculation c) {
        return c instanceof DutyCalculation.NotCalculable(var p) ? p : List.of();
    }
}
