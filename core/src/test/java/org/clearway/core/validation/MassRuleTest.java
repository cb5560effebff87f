package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class MassRuleTest {
    private final MassRule rule = new MassRule();

    @Test
    void netWithinGrossPasses() {
        assertThat(rule.check(Draft.anImport().item(0, i -> ItemChanges.masses(i, "12", "12")).build())).isEmpty();
    }

    @Test
    void zeroOrNegativeMassesAreReportedEach() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.masses(i, "0", "-1"));
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCodes.MASS_NOT_POSITIVE, "items[0].netMass"),
                tuple(ProblemCodes.MASS_NOT_POSITIVE, "items[0].grossMass"));
    }

    @Test
    void netAboveGrossIsReportedWithBothFigures() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.masses(i, "12.5", "12"));
        assertThat(rule.check(draft.build())).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.NET_MASS_EXCEEDS_GROSS);
            assertThat(p.path()).isEqualTo("items[1].netMass");
            assertThat(p.message()).contains("12.5 kg", "12 kg");
        });
    }

    @Test
    void missingMassesAreLeftToRequiredElements() {
        assertThat(rule.check(Draft.anImport().item(0, i -> ItemChanges.masses(i, null, null)).build())).isEmpty();
    }
}
