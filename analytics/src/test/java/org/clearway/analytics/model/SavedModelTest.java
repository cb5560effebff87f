package org.clearway.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.KcsSample;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.feature.FeatureSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model written to a file and read back scores and explains exactly as before. */
class SavedModelTest {
    static TargetingModel model;
    static List<ItemFacts> april;

    @BeforeAll
    static void train() {
        List<Labelled> fit = KcsSample.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1));
        List<Labelled> holdout = KcsSample.between(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1));
        model = new Trainer(3).train(fit, holdout);
        april = KcsSample.between(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 1)).stream().map(Labelled::facts).toList();
    }

    @Test
    void a_reloaded_model_gives_the_same_scores_bit_for_bit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.bin");
        model.save(file);
        TargetingModel reloaded = TargetingModel.load(file);

        double[] before = model.score(april), after = reloaded.score(april);
        assertThat(after).hasSize(april.size()).containsExactly(before);
        assertThat(reloaded.explain(april.get(0), 5)).isEqualTo(model.explain(april.get(0), 5));
        assertThat(reloaded.report()).isEqualTo(model.report());
        assertThat(reloaded.features()).isEqualTo(FeatureSchema.NAMES);
    }

    @Test
    void the_report_states_the_training_window_and_the_rounds_chosen_on_the_held_out_month() {
        TrainingReport r = model.report();
        assertThat(r.windowStart()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(r.windowEnd()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(r.holdoutStart()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(r.rounds()).isBetween(1, Trainer.MAX_ROUNDS);
        assertThat(r.holdoutAuc()).isBetween(0.5, 1.0);
    }

    @Test
    void an_explanation_adds_up_to_the_score_and_names_the_strongest_features_first() {
        Score s = model.explain(april.get(3), 3);
        assertThat(s.probability()).isCloseTo(model.score(List.of(april.get(3)))[0], org.assertj.core.data.Offset.offset(1e-5));
        assertThat(s.topContributions()).hasSize(3);
        assertThat(Math.abs(s.topContributions().get(0).logOdds())).isGreaterThanOrEqualTo(Math.abs(s.topContributions().get(2).logOdds()));
        assertThat(FeatureSchema.NAMES).contains(s.topContributions().get(0).feature());
    }

    @Test
    void a_file_that_is_not_a_model_is_refused_plainly() {
        assertThatThrownBy(() -> TargetingModel.fromBytes("Declaration ID,score\n".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a");
    }
}
