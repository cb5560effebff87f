package org.clearway.app.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.kcs.KcsReader;
import org.clearway.analytics.model.Trainer;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.Json;
import org.clearway.formats.json.AnswerJson;
import org.clearway.store.Database;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.model.NewModelVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The active targeting model is one input of lane allocation: its score and top features become a reason. */
class ModelInLanesTest {
    @TempDir
    static Path dir;
    static Clearway app;
    static Account trader;
    static byte[] model;

    @BeforeAll
    static void start() throws Exception {
        // No random selection, so that any lane other than green comes from the model.
        app = new Clearway(Database.embedded(dir.resolve("db")), Administration.defaults().withRandomRates(0, 0, 1), Clock.systemUTC());
        trader = app.accounts().create("trader1", Role.DECLARANT, "GB100000000001", "Trader", app.passwordHasher().hash("trader1-pw"));
        List<Labelled> jan = KcsReader.read(Path.of("../analytics/data/kcs/kcs_df_syn_train_eng.csv"), KcsReader.Labels.REQUIRED).labelledRows()
                .stream().filter(l -> l.facts().date().isBefore(LocalDate.of(2020, 1, 15))).toList();
        model = new Trainer().trainFixed(jan, 10).toBytes();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    @Test
    void a_declaration_the_model_selects_goes_red_with_the_score_and_the_features_that_pushed_it() throws Exception {
        var targeting = new ModelLaneInput(org.clearway.analytics.model.TargetingModel.fromBytes(model), 7, 0.0, 0.0, 1, Clock.systemUTC());
        app.risk().useTargeting(targeting);
        try {
            var lodged = lodge("MODEL-1");
            assertThat(lodged.lane().name()).isEqualTo("RED");
            var reasons = AnswerJson.readLane(Json.MAPPER.readTree(lodged.assessmentJson()).path("laneDecision")).reasons();
            assertThat(reasons).anySatisfy(r -> {
                assertThat(r.code()).isEqualTo("MODEL_SCORE");
                assertThat(r.text()).startsWith("model v7: model score ").contains("top features:");
            });
        } finally {
            app.risk().useTargeting(org.clearway.core.risk.TargetingInput.NONE);
        }
    }

    @Test
    void an_activated_version_with_too_few_recent_declarations_for_a_threshold_selects_nothing() throws Exception {
        var stored = app.models().store("analyst1", new NewModelVersion("test", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 14),
                100, 20, List.of("f"), "{}", model));
        app.models().activate("analyst1", stored.version());
        app.useModelBudget(new ModelActivation.Budget(100, 0));
        try {
            var lodged = lodge("MODEL-2");
            assertThat(lodged.lane().name()).isEqualTo("GREEN");
            assertThat(lodged.assessmentJson()).doesNotContain("MODEL_SCORE");
        } finally {
            app.risk().useTargeting(org.clearway.core.risk.TargetingInput.NONE);
        }
    }

    private static org.clearway.store.declaration.StoredDeclaration lodge(String lrn) throws Exception {
        var body = DemoData.example("import-valid.json");
        body.put("lrn", lrn);
        return app.declarations().lodge(trader, Json.MAPPER.writeValueAsBytes(body)).declaration();
    }
}
