package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class QuantityRuleTest {
    private final QuantityRule rule = new QuantityRule();

    @Test
    void aPositiveQuantityInARec20UnitPasses() {
        assertThat(rule.check(Draft.anImport().item(0, i -> ItemChanges.quantity(i, "2.5", "LTR")).build())).isEmpty();
    }

    @Test
    void zeroQuantityAndAnOddUnitAreReported() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.quantity(i, "0", "pieces"));
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCodes.QUANTITY_NOT_POSITIVE, "items[0].quantity.value"),
                tuple(ProblemCodes.QUANTITY_UNIT_INVALID, "items[0].quantity.unit"));
    }
}
