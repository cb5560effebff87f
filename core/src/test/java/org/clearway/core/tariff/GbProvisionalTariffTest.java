package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.junit.jupiter.api.Test;

/** The foundation's flat-rate expectations, now from the gb-provisional tariff in the neutral format (same figures). */
class GbProvisionalTariffTest {
    private static final CurrencyCode GBP = new CurrencyCode("GBP");
    private static final LocalDate DAY = LocalDate.of(2025, 5, 9);
    private final TariffDutyCalculator calculator = new TariffDutyCalculator(Tariffs.bundled("gb-provisional").tariff(),
            BundledReferenceData.load());

    @Test
    void importDutyAndVatInTheNationalCurrencyAtTheEcbCrossRate() {
        // ECB 2025-05-09: 1 EUR = 1.1252 USD = 0.8477 GBP, so 1 USD = 0.8477 / 1.1252 = 0.753377... GBP.
        // Customs value 1000.00 USD = 753.377... -> 753.38 GBP; duty 4 % = 30.1352 -> 30.14;
        // VAT 20 % of (753.38 + 30.14 = 783.52) = 156.704 -> 156.70; total 186.84.
        AmountsDue due = calculated(declaration(DeclarationType.IMPORT, "1000.00", "USD"));
        ItemAmounts item = due.items().getFirst();
        assertThat(item.customsValue()).isEqualTo(Money.of("753.38", "GBP"));
        assertThat(due.duty()).isEqualTo(Money.of("30.14", "GBP"));
        assertThat(due.vat()).isEqualTo(Money.of("156.70", "GBP"));
        assertThat(due.total()).isEqualTo(Money.of("186.84", "GBP"));
        assertThat(due.exchangeRate().publishedOn()).isEqualTo(DAY);
        assertThat(item.dutyBasis()).contains("4 %");
        assertThat(item.measure()).contains("provisional flat rate");
    }

    @Test
    void aLowValueConsignmentUnderTheDeMinimisOwesVatOnly() {
        // 89.90 USD * 0.753377... = 67.7286 -> 67.73 GBP, at or under 135 GBP: no duty; VAT 20 % = 13.546 -> 13.55.
        AmountsDue due = calculated(declaration(DeclarationType.LOW_VALUE, "89.90", "USD"));
        assertThat(due.duty()).isEqualTo(Money.of("0.00", "GBP"));
        assertThat(due.vat()).isEqualTo(Money.of("13.55", "GBP"));
        assertThat(due.items().getFirst().dutyBasis()).contains("de minimis");
    }

    @Test
    void anExportOwesNothing() {
        AmountsDue due = calculated(declaration(DeclarationType.EXPORT, "5000.00", "GBP"));
        assertThat(due.total()).isEqualTo(Money.of("0.00", "GBP"));
        assertThat(due.exchangeRate()).isNull();
    }

    @Test
    void noExchangeRateIsAProblemNeverAWrongAmount() {
        var before = calculator.calculate(declaration(DeclarationType.IMPORT, "10.00", "USD"), LocalDate.of(1998, 12, 31));
        assertThat(before).isInstanceOfSatisfying(DutyCalculation.NotCalculable.class, n ->
                assertThat(n.problems()).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("EXCHANGE_RATE_MISSING");
                    assertThat(p.path()).isEqualTo("invoice.currency");
                }));
    }

    private AmountsDue calculated(Declaration d) {
        return switch (calculator.calculate(d, DAY)) {
            case DutyCalculation.Calculated(var amounts) -> amounts;
            case DutyCalculation.NotCalculable(var problems) -> throw new AssertionError(problems.toString());
        };
    }

    private static Declaration declaration(DeclarationType type, String value, String currency) {
        var item = new GoodsItem(1, new HsCode("847130"), "Portable computers", new CountryCode("CN"), null,
                new BigDecimal("10"), new BigDecimal("12"), new BigDecimal(value), "4000", null);
        return new Declaration(type, new Lrn("T-1"), null, null, null, null, null, null,
                new Invoice(Money.of(value, currency), DAY), null, null, List.of(item), List.of(), List.of());
    }
}
