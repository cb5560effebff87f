package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.validation.Draft.TODAY;

import java.time.LocalDate;
import org.clearway.core.reference.BundledReferenceData;
import org.junit.jupiter.api.Test;

class HsCodeRuleTest {
    private final HsCodeRule rule = new HsCodeRule(BundledReferenceData.load());

    @Test
    void declarableSubheadingsAndNationalCodesPass() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.hsCode(i, "8471300010"));
        assertThat(rule.check(draft.build(), TODAY)).isEmpty();
    }

    @Test
    void anUnknownSubheadingNamesTheEdition() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.hsCode(i, "84719999"));
        assertThat(rule.check(draft.build(), TODAY)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.HS_CODE_UNKNOWN);
            assertThat(p.path()).isEqualTo("items[1].hsCode");
            assertThat(p.message()).isEqualTo("subheading 847199 does not exist in HS 2022");
        });
    }

    @Test
    void aHeadingWithSubheadingsIsNotDeclarable() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.hsCode(i, "8471"));
        assertThat(rule.check(draft.build(), TODAY)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.HS_CODE_NOT_DECLARABLE);
            assertThat(p.message()).startsWith("8471 is a heading in HS 2022 and has subheadings");
        });
    }

    @Test
    void anUnknownHeadingIsUnknownNotUndeclarable() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.hsCode(i, "9999"));
        assertThat(rule.check(draft.build(), TODAY)).extracting(Problem::code).containsExactly(ProblemCodes.HS_CODE_UNKNOWN);
    }

    @Test
    void theEditionInForceOnTheDayDecides() {
        // Drone parts (880730) exist only from HS 2022; fish meal 030510 only until then.
        Draft drones = Draft.anImport().item(0, i -> ItemChanges.hsCode(i, "880730"));
        assertThat(rule.check(drones.build(), TODAY)).isEmpty();
        assertThat(rule.check(drones.build(), LocalDate.of(2021, 12, 31))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("subheading 880730 does not exist in HS 2017"));
        Draft fishMeal = Draft.anImport().item(0, i -> ItemChanges.hsCode(i, "030510"));
        assertThat(rule.check(fishMeal.build(), LocalDate.of(2021, 12, 31))).isEmpty();
        assertThat(rule.check(fishMeal.build(), TODAY)).extracting(Problem::code).containsExactly(ProblemCodes.HS_CODE_UNKNOWN);
    }

    @Test
    void statisticalChapter99IsNotHs() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.hsCode(i, "999999"));
        assertThat(rule.check(draft.build(), TODAY)).extracting(Problem::code).containsExactly(ProblemCodes.HS_CODE_UNKNOWN);
    }

    @Test
    void aLowValueItemWithoutCodeIsFine() {
        assertThat(rule.check(Draft.aLowValueConsignment().build(), TODAY)).isEmpty();
    }
}
