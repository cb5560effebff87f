package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceTotalRuleTest {
    private final InvoiceTotalRule rule = new InvoiceTotalRule(ValidationPolicy.defaults());

    @Test
    void itemsAddingUpToTheInvoicePass() {
        assertThat(rule.check(Draft.anImport().build())).isEmpty();
    }

    @Test
    void aDifferenceWithinTheToleranceIsAccepted() {
        // 1 % of 1000.00 is 10.00: 990.00 is just inside.
        assertThat(rule.check(Draft.anImport().item(1, i -> ItemChanges.value(i, "390.00")).build())).isEmpty();
    }

    @Test
    void aLargerDifferenceIsReportedWithBothSumsAndTheTolerance() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.value(i, "389.99"));
        assertThat(rule.check(draft.build())).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.INVOICE_TOTAL_MISMATCH);
            assertThat(p.path()).isEqualTo("invoice.amount");
            assertThat(p.message()).isEqualTo(
                    "the item values add up to 989.99 USD but the invoice amount is 1000.00 USD; they may differ by at most 1 % (10 USD)");
        });
    }

    @Test
    void itemsAboveTheInvoiceAreAMismatchToo() {
        assertThat(rule.check(Draft.anImport().item(1, i -> ItemChanges.value(i, "500.00")).build()))
                .extracting(Problem::code).containsExactly(ProblemCodes.INVOICE_TOTAL_MISMATCH);
    }

    @Test
    void aMissingItemValueIsNotSummed() {
        assertThat(rule.check(Draft.anImport().item(1, i -> ItemChanges.value(i, null)).build())).isEmpty();
    }
}
