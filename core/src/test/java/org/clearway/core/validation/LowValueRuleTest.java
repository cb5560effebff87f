package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.validation.Draft.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.CurrencyCode;
import org.junit.jupiter.api.Test;

class LowValueRuleTest {
    private final LowValueRule rule = new LowValueRule(BundledReferenceData.load(), ValidationPolicy.defaults());

    private static Draft worth(String amount, String currency) {
        Draft draft = Draft.aLowValueConsignment();
        draft.invoice = new Invoice(Money.of(amount, currency), TODAY);
        return draft;
    }

    @Test
    void underTheCeilingPasses() {
        // 168.78 USD at 1.1252 USD per EUR is exactly 150.00 EUR: not above the ceiling.
        assertThat(rule.check(worth("168.78", "USD").build(), TODAY)).isEmpty();
        assertThat(rule.check(worth("150", "EUR").build(), TODAY)).isEmpty();
    }

    @Test
    void aboveTheCeilingInTheNationalCurrency() {
        assertThat(rule.check(worth("200.00", "USD").build(), TODAY)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.LOW_VALUE_CEILING_EXCEEDED);
            assertThat(p.path()).isEqualTo("invoice.amount");
            // 200 / 1.1252 = 177.746...
            assertThat(p.message()).contains("200.00 USD", "177.75 EUR", "2025-05-09", "150 EUR");
        });
        assertThat(rule.check(worth("150.01", "EUR").build(), TODAY)).extracting(Problem::code)
                .containsExactly(ProblemCodes.LOW_VALUE_CEILING_EXCEEDED);
    }

    @Test
    void anAdministrationWithAnotherCurrencyConvertsIntoIt() {
        var britain = new LowValueRule(BundledReferenceData.load(),
                new ValidationPolicy(new BigDecimal("0.01"), new CurrencyCode("GBP"), new BigDecimal("135")));
        // 160 EUR is 135.63 GBP at 0.8477.
        assertThat(rule.check(worth("160", "EUR").build(), TODAY)).isNotEmpty();
        assertThat(britain.check(worth("160", "EUR").build(), TODAY)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("135.63 GBP"));
        assertThat(britain.check(worth("159", "EUR").build(), TODAY)).isEmpty();
    }

    @Test
    void withoutARateInForceTheRateIsMissing() {
        assertThat(rule.check(worth("45", "AFN").build(), TODAY)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.EXCHANGE_RATE_MISSING);
            assertThat(p.path()).isEqualTo("invoice.currency");
        });
        assertThat(rule.check(worth("45", "USD").build(), LocalDate.of(1998, 12, 31)))
                .extracting(Problem::code).containsExactly(ProblemCodes.EXCHANGE_RATE_MISSING);
    }

    @Test
    void onlyLowValueConsignmentsAreChecked() {
        assertThat(rule.check(Draft.anImport().build(), TODAY)).isEmpty();
    }
}
