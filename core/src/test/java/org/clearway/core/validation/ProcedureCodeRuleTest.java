package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcedureCodeRuleTest {
    private final ProcedureCodeRule rule = new ProcedureCodeRule();

    @Test
    void fourDigitsPass() {
        assertThat(rule.check(Draft.anImport().build())).isEmpty();
    }

    @Test
    void anythingElseIsInvalid() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.procedureCode(i, "40"));
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCodes.PROCEDURE_CODE_INVALID, "items[1].procedureCode"));
    }
}
