package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class ItemSequenceRuleTest {
    private final ItemSequenceRule rule = new ItemSequenceRule();

    @Test
    void oneToNInAnyOrderPasses() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.sequence(i, 2)).item(1, i -> ItemChanges.sequence(i, 1));
        assertThat(rule.check(draft.build())).isEmpty();
    }

    @Test
    void aDuplicateNamesTheFirstItem() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.sequence(i, 1));
        assertThat(rule.check(draft.build())).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.ITEM_SEQUENCE_INVALID);
            assertThat(p.path()).isEqualTo("items[1].sequence");
            assertThat(p.message()).isEqualTo("item sequence 1 is already used by items[0]");
        });
    }

    @Test
    void numbersOutsideOneToNAreReported() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.sequence(i, 0)).item(1, i -> ItemChanges.sequence(i, 3));
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCodes.ITEM_SEQUENCE_INVALID, "items[0].sequence"),
                tuple(ProblemCodes.ITEM_SEQUENCE_INVALID, "items[1].sequence"));
    }
}
