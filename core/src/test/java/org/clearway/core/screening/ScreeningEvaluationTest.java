package org.clearway.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality bar on the bundled lists: at least 500 variants of listed names found with a
 * recall of 0.95 or more, at most 1 % of at least 5,000 unlisted names flagged; and the index finds
 * what the every-name baseline finds.
 */
class ScreeningEvaluationTest {
    static List<WatchList> lists;
    static WatchListIndex index;

    @BeforeAll
    static void load() {
        lists = BundledWatchLists.load();
        index = WatchListIndex.of(lists);
    }

    @Test
    void theBundledListsAreReadWhole() {
        assertThat(lists).extracting(WatchList::name).containsExactly("OFAC-SDN", "UN");
        assertThat(lists.get(0).entries()).hasSize(14965);
        assertThat(lists.get(1).entries()).hasSize(699 + 253);
    }

    @Test
    void recallAndFlaggedRateMeetTheBar() {
        ScreeningEvaluation.Report r = ScreeningEvaluation.run(index, lists, 700, 5000, ScreeningEvaluation.DEFAULT_SEED);
        assertThat(r.variants()).isEqualTo(700);
        assertThat(r.unlisted()).isEqualTo(5000);
        assertThat(r.byKind()).containsKeys(ScreeningEvaluation.Kind.values());
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.flaggedRate()).isLessThanOrEqualTo(0.01);
    }

    @Test
    void unlistedNamesShareNoWordWithTheListsAndAreDistinct() {
        List<String> names = ScreeningEvaluation.unlistedNames(lists, 5000, 1);
        assertThat(new HashSet<>(names)).hasSize(5000);
        Set<String> listed = new HashSet<>();
        for (WatchList l : lists) for (WatchListEntry e : l.entries()) listed.addAll(NameNormaliser.rawTokens(e.name()));
        for (String n : names.subList(0, 500)) {
            for (String t : NameNormaliser.tokens(n)) if (t.length() > 1) assertThat(listed).as(n).doesNotContain(t);
        }
    }

    @Test
    void theIndexAgreesWithComparingEveryName() {
        List<ScreeningEvaluation.Variant> variants = ScreeningEvaluation.variants(lists, 40, 7);
        for (ScreeningEvaluation.Variant v : variants) {
            assertThat(index.match(v.text(), null)).as(v.text()).isEqualTo(index.matchEveryName(v.text(), null));
        }
    }

    @Test
    void cachedWordLookupsAnswerAsFreshOnesOnTheFullLists() {
        // variants and unlisted names share many words, so later queries reuse earlier lookups
        List<String> queries = new java.util.ArrayList<>();
        for (ScreeningEvaluation.Variant v : ScreeningEvaluation.variants(lists, 200, 11)) queries.add(v.text());
        queries.addAll(ScreeningEvaluation.unlistedNames(lists, 300, 11));
        for (int pass = 0; pass < 2; pass++) {
            for (String q : queries) assertThat(index.match(q, "RU")).as(q).isEqualTo(index.matchUncached(q, "RU"));
        }
    }
}
