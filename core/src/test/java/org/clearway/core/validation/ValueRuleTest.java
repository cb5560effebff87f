package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Money;
import org.junit.jupiter.api.Test;

class ValueRuleTest {
    private final ValueRule rule = new ValueRule();

    @Test
    void positiveValuesPass() {
        assertThat(rule.check(Draft.anImport().build())).isEmpty();
    }

    @Test
    void zeroAndNegativeValuesAreReported() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.value(i, "0.00"));
        draft.invoice = new Invoice(Money.of("-5", "USD"), draft.invoice.date());
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCodes.VALUE_NOT_POSITIVE, "invoice.amount"),
                tuple(ProblemCodes.VALUE_NOT_POSITIVE, "items[1].value"));
    }
}
