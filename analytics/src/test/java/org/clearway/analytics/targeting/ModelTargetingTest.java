package org.clearway.analytics.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.KcsSample;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.analytics.model.Trainer;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.UnLocode;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model as an input of lane allocation: a Clearway declaration in, a reason with the score and its top features out. */
class ModelTargetingTest {
    static TargetingModel model;

    @BeforeAll
    static void train() {
        model = new Trainer(5).trainFixed(KcsSample.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)), 30);
    }

    static Declaration declaration() {
        Party importer = new Party(new PartyId("GB100000000001"), "Northwind Imports Ltd", null);
        Party seller = new Party(new PartyId("CN900000000009"), "Shenzhen Widgets", null);
        GoodsItem item = new GoodsItem(1, new HsCode("850440"), "power supplies", new CountryCode("CN"), null,
                new BigDecimal("120.5"), new BigDecimal("130"), new BigDecimal("5400"), "4000", null);
        Transport transport = new Transport(TransportMode.SEA, "MAERSK1", "GB000150", new UnLocode("CNSZX"), new UnLocode("GBFXT"), LocalDate.of(2026, 11, 20));
        return new Declaration(DeclarationType.IMPORT, new Lrn("LRN-1"), null, importer, importer, seller, seller, importer,
                null, null, transport, List.of(item), List.of(), List.of());
    }

    @Test
    void a_declaration_maps_to_one_item_per_goods_line_with_its_parties_code_origin_and_departure() {
        List<ItemFacts> items = DeclarationFacts.of(declaration(), "26GB0001", LocalDate.of(2026, 11, 28));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.importer()).isEqualTo("GB100000000001");
            assertThat(i.seller()).isEqualTo("CN900000000009");
            assertThat(i.hs(4)).isEqualTo("8504");
            assertThat(i.departureCountry()).isEqualTo("CN");
            assertThat(i.originCountry()).isEqualTo("CN");
            assertThat(i.transportMode()).isEqualTo("1");
            assertThat(i.netMassKg()).isEqualTo(120.5);
        });
    }

    @Test
    void at_or_above_the_threshold_the_reason_shows_the_score_and_the_features_that_pushed_it_most() {
        ModelTargeting t = new ModelTargeting(model, 0.0, 0, Lane.RED, new Random(1));
        Reason r = t.assess(declaration(), "26GB0001", LocalDate.of(2026, 11, 28)).orElseThrow();
        assertThat(r.code()).isEqualTo(ModelReason.SCORE_CODE);
        assertThat(r.lane()).isEqualTo(Lane.RED);
        assertThat(r.text()).matches("model score 0\\.\\d\\d \\(selection threshold 0\\.00\\), top features: \\S+ [+-]\\d\\.\\d\\d, .*");
    }

    @Test
    void below_the_threshold_nothing_is_asked_unless_the_declaration_is_drawn_to_explore() {
        assertThat(new ModelTargeting(model, 1.01, 0, Lane.RED, new Random(1)).assess(declaration(), "x", LocalDate.now())).isEmpty();
        Reason explored = new ModelTargeting(model, 1.01, 1.0, Lane.YELLOW, new Random(1)).assess(declaration(), "x", LocalDate.now()).orElseThrow();
        assertThat(explored.code()).isEqualTo(ModelReason.EXPLORATION_CODE);
        assertThat(explored.lane()).isEqualTo(Lane.YELLOW);
    }

    @Test
    void the_threshold_for_a_budget_selects_that_share_of_recent_scores() {
        double[] scores = new double[200];
        for (int i = 0; i < scores.length; i++) scores[i] = i / 200.0;
        double t = ModelTargeting.thresholdForBudget(scores, 5);
        assertThat(java.util.Arrays.stream(scores).filter(s -> s >= t).count()).isEqualTo(10);
        List<Labelled> feb = KcsSample.between(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 8));
        double[] real = model.score(feb.stream().map(Labelled::facts).toList());
        double tr = ModelTargeting.thresholdForBudget(real, 10);
        assertThat(java.util.Arrays.stream(real).filter(s -> s >= tr).count()).isGreaterThanOrEqualTo((long) Math.ceil(real.length * 0.1));
    }
}
