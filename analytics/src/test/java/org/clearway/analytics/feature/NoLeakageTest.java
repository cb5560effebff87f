package org.clearway.analytics.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.KcsSample;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.Outcome;
import org.junit.jupiter.api.Test;

/**
 * No feature of a declaration may depend on anything dated on or after its own date. Each test
 * computes the features, then rewrites the future (flips its outcomes, moves its traders and
 * values, shuffles its order) and checks that nothing dated before the change moved, while a
 * control shows the rewrite is strong enough to move features when it is not in the future.
 */
class NoLeakageTest {
    private static final LocalDate CUT = LocalDate.of(2020, 3, 1);
    private final List<Labelled> quarter = KcsSample.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 1));
    private final FeatureSchema schema = new FeatureSchema(Vocabulary.learn(quarter.stream().map(Labelled::facts).toList()));

    /** The same item with its outcome flipped and its importer and seller swapped for the ones of another row. */
    private static List<Labelled> rewriteFrom(List<Labelled> rows, LocalDate from, long seed) {
        Random r = new Random(seed);
        List<Labelled> out = new ArrayList<>();
        for (Labelled l : rows) {
            if (l.facts().date().isBefore(from)) { out.add(l); continue; }
            Labelled other = rows.get(r.nextInt(rows.size()));
            ItemFacts f = l.facts();
            ItemFacts g = new ItemFacts(f.declarationId(), f.date(), f.office(), f.processType(), f.importType(), f.importUse(),
                    f.paymentType(), f.transportMode(), f.declarant(), other.facts().importer(), other.facts().seller(), f.courier(),
                    other.facts().hsCode(), f.departureCountry(), f.originCountry(), f.taxRate(), f.taxType(), f.originIndicator(),
                    f.netMassKg() * 3, f.itemPrice() / 3);
            out.add(new Labelled(g, new Outcome(!l.outcome().fraud(), 2 - l.outcome().critical(), Double.NaN)));
        }
        Collections.shuffle(out, r);
        return out;
    }

    private static float[] featuresOf(FeatureTable t, List<Labelled> rows, String id) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).facts().declarationId().equals(id)) return t.row(i);
        throw new AssertionError("no row " + id);
    }

    @Test
    void replayed_training_features_do_not_change_when_the_future_is_rewritten() {
        FeatureTable before = FeatureTable.replay(schema, quarter, new History());
        List<Labelled> rewritten = rewriteFrom(quarter, CUT, 7);
        FeatureTable after = FeatureTable.replay(schema, rewritten, new History());

        int compared = 0, moved = 0;
        for (int i = 0; i < quarter.size(); i++) {
            Labelled l = quarter.get(i);
            float[] a = before.row(i), b = featuresOf(after, rewritten, l.facts().declarationId());
            if (l.facts().date().isBefore(CUT)) {
                assertThat(b).as("features of %s dated %s", l.facts().declarationId(), l.facts().date()).containsExactly(a);
                compared++;
            } else if (!java.util.Arrays.equals(a, b)) moved++;
        }
        assertThat(compared).isGreaterThan(5000);
        // control: the rewrite does reach the features of the rows it touches (and of those after them)
        assertThat(moved).isGreaterThan(1000);
    }

    @Test
    void a_declaration_does_not_see_its_own_outcome_nor_that_of_its_own_day() {
        LocalDate day = LocalDate.of(2020, 2, 14);
        FeatureTable before = FeatureTable.replay(schema, quarter, new History());
        List<Labelled> flippedThatDayOnward = rewriteFrom(quarter, day, 11);
        FeatureTable after = FeatureTable.replay(schema, flippedThatDayOnward, new History());
        for (int i = 0; i < quarter.size(); i++) {
            Labelled l = quarter.get(i);
            if (l.facts().date().isBefore(day)) {
                assertThat(featuresOf(after, flippedThatDayOnward, l.facts().declarationId())).containsExactly(before.row(i));
            }
        }
    }

    @Test
    void scoring_features_come_from_the_history_alone_not_from_the_other_rows_scored() {
        History h = new History();
        FeatureTable.replay(schema, KcsSample.between(LocalDate.of(2020, 1, 1), CUT), h);
        List<Labelled> later = KcsSample.between(CUT, LocalDate.of(2020, 4, 1));
        List<ItemFacts> items = later.stream().map(Labelled::facts).toList();
        FeatureTable all = FeatureTable.frozen(schema, items, h);
        List<ItemFacts> reversed = new ArrayList<>(items);
        Collections.reverse(reversed);
        FeatureTable reversedTable = FeatureTable.frozen(schema, reversed.subList(0, 100), h);
        for (int i = 0; i < 100; i++) {
            assertThat(reversedTable.row(i)).containsExactly(all.row(items.size() - 1 - i));
        }
    }
}
