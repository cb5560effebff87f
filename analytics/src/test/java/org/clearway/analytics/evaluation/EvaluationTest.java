package org.clearway.analytics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearway.analytics.Outcome;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static List<Outcome> outcomes(boolean... fraud) {
        return java.util.stream.IntStream.range(0, fraud.length).mapToObj(i -> Outcome.of(fraud[i])).toList();
    }

    @Test
    void precision_and_recall_count_the_frauds_among_the_top_scores() {
        // 20 declarations, 4 frauds; the top 10 % (2) holds one fraud, the top 20 % (4) holds three
        double[] scores = new double[20];
        boolean[] fraud = new boolean[20];
        for (int i = 0; i < 20; i++) scores[i] = 1 - i / 20.0;
        fraud[0] = true; fraud[2] = true; fraud[3] = true; fraud[15] = true;
        Evaluation e = Evaluation.of(scores, outcomes(fraud), 10, 20);
        assertThat(e.at(10)).isEqualTo(new AtBudget(10, 2, 0.5, 0.25, Double.NaN));
        assertThat(e.at(20).precision()).isEqualTo(0.75);
        assertThat(e.at(20).recall()).isEqualTo(0.75);
        assertThat(e.frauds()).isEqualTo(4);
    }

    @Test
    void roc_auc_is_one_for_a_perfect_ranking_half_for_all_ties_and_counts_ties_half() {
        assertThat(Evaluation.rocAuc(new double[] {0.9, 0.8, 0.1, 0.2}, outcomes(true, true, false, false))).isEqualTo(1.0);
        assertThat(Evaluation.rocAuc(new double[] {0.5, 0.5, 0.5, 0.5}, outcomes(true, false, true, false))).isEqualTo(0.5);
        // one positive above both negatives, one tied with one negative and above the other: (2 + 1.5) / 4
        assertThat(Evaluation.rocAuc(new double[] {0.9, 0.4, 0.4, 0.1}, outcomes(true, true, false, false))).isEqualTo(0.875);
    }

    @Test
    void a_budget_is_rounded_up_and_never_empty() {
        assertThat(Evaluation.selected(8134, 5)).isEqualTo(407);
        assertThat(Evaluation.selected(8134, 10)).isEqualTo(814);
        assertThat(Evaluation.selected(10, 1)).isEqualTo(1);
        assertThat(Evaluation.selected(0, 5)).isZero();
    }

    @Test
    void revenue_share_is_reported_only_when_every_outcome_has_revenue() {
        List<Outcome> o = List.of(new Outcome(true, 1, 300), new Outcome(false, 0, 0), new Outcome(true, 1, 100), new Outcome(false, 0, 0));
        Evaluation e = Evaluation.of(new double[] {0.9, 0.8, 0.1, 0.2}, o, 25);
        assertThat(e.at(25).revenueShare()).isEqualTo(0.75);
        assertThat(e.table()).contains("0.7500");
    }
}
