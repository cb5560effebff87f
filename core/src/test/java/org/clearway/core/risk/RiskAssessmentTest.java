package org.clearway.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.profile.SampleDeclarations.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.profile.ProfileAction;
import org.clearway.core.profile.ProfileDefinition;
import org.clearway.core.profile.ProfileScope;
import org.clearway.core.profile.ProfileSnapshot;
import org.clearway.core.profile.ValidityPeriod;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.screening.ScreeningMatch;
import org.junit.jupiter.api.Test;

class RiskAssessmentTest {
    private static final RiskSettings NO_RANDOM = new RiskSettings(RandomRates.of(0, 0), ScoreThresholds.defaults(), 1);
    private static final Declaration SHIRTS = anImport(line("610910", "CN", "15", "10"));
    private static final Mrn MRN = Mrn.of(2026, "GB", 1);

    private static ProfileSnapshot snapshot(ProfileDefinition... definitions) {
        var list = new java.util.ArrayList<org.clearway.core.profile.CompiledProfile>();
        for (int i = 0; i < definitions.length; i++) list.add(compiled(i + 11, definitions[i]));
        return new ProfileSnapshot(list);
    }

    private static ProfileDefinition scoring(String expr, int points, boolean aeoExempt) {
        return new ProfileDefinition("score " + points, expr, new ProfileAction.AddScore(points), "weak signal",
                ValidityPeriod.from(LocalDate.of(2026, 1, 1)), ProfileScope.everywhere(), aeoExempt);
    }

    @Test
    void aProfileHitSendsTheDeclarationToItsLaneAndSaysWhichProfileAndVersion() {
        var assessment = new RiskAssessment(snapshot(profile("\"CN\" in origins", Lane.YELLOW)), PartyScreening.NONE, NO_RANDOM);
        LaneDecision d = assessment.allocate(SHIRTS, MRN);
        assertThat(d.lane()).isEqualTo(Lane.YELLOW);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("PROFILE_HIT");
            assertThat(r.text()).startsWith("profile 11 v1 \"test profile\": test reason");
        });
    }

    @Test
    void theHighestLaneWinsAndEveryReasonIsListed() {
        var assessment = new RiskAssessment(snapshot(
                profile("\"CN\" in origins", Lane.YELLOW),
                profile("hsCodes.exists(h, h.startsWith(\"61\"))", Lane.RED),
                profile("invoiceTotal > 0.0", Lane.BLUE),
                profile("\"VN\" in origins", Lane.RED)), PartyScreening.NONE, NO_RANDOM);
        LaneDecision d = assessment.allocate(SHIRTS, MRN);
        assertThat(d.lane()).isEqualTo(Lane.RED);
        assertThat(d.reasons()).extracting(Reason::lane).containsExactly(Lane.YELLOW, Lane.RED, Lane.BLUE);
    }

    @Test
    void scoresAddUpToALane() {
        var two = new RiskAssessment(snapshot(scoring("\"CN\" in origins", 30, false), scoring("invoiceTotal < 100.0", 30, false)),
                PartyScreening.NONE, NO_RANDOM);
        LaneDecision d = two.allocate(SHIRTS, MRN);
        assertThat(d.lane()).isEqualTo(Lane.YELLOW);
        assertThat(d.reasons()).extracting(Reason::code).containsExactly("PROFILE_SCORE", "PROFILE_SCORE", "RISK_SCORE");
        assertThat(d.reasons().getLast().text()).contains("risk score 60");
    }

    @Test
    void nothingHitsAndNothingIsDrawn() {
        LaneDecision d = new RiskAssessment(snapshot(profile("\"VN\" in origins", Lane.RED)), PartyScreening.NONE, NO_RANDOM).allocate(SHIRTS, MRN);
        assertThat(d.lane()).isEqualTo(Lane.GREEN);
        assertThat(d.reasons()).extracting(Reason::code).containsExactly("NOT_SELECTED");
    }

    @Test
    void aWatchListMatchHoldsTheGoodsAndShowsTheEntry() {
        PartyScreening lists = declaration -> List.of(new ScreeningMatch("exporter", "Shenzhen Export Co", "OFAC SDN", "SDN-4711",
                "SHENZHEN EXPORT COMPANY", "SHENZHEN EXPORT CO", 0.97));
        LaneDecision d = new RiskAssessment(ProfileSnapshot.EMPTY, lists, NO_RANDOM).allocate(SHIRTS, MRN);
        assertThat(d.lane()).isEqualTo(Lane.RED);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("WATCHLIST_MATCH");
            assertThat(r.text()).contains("OFAC SDN", "SDN-4711", "0.97");
        });
    }

    @Test
    void theRandomRateHoldsOverManyDeclarationsAndTheDrawIsReproducible() {
        var settings = new RiskSettings(RandomRates.of(0.02, 0.05), ScoreThresholds.defaults(), 42);
        var assessment = new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, settings);
        Map<Lane, Integer> counts = count(assessment, SHIRTS, 100_000);
        // n = 100 000: one standard deviation is 0.044 % at 2 % and 0.069 % at 5 %; allow about 4.5 sigma.
        assertThat(counts.getOrDefault(Lane.RED, 0) / 100_000.0).isBetween(0.018, 0.022);
        assertThat(counts.getOrDefault(Lane.YELLOW, 0) / 100_000.0).isBetween(0.047, 0.053);
        assertThat(assessment.allocate(SHIRTS, MRN)).isEqualTo(new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, settings).allocate(SHIRTS, MRN));
    }

    @Test
    void anOfficeCanHaveItsOwnRates() {
        var rates = new RandomRates(new SelectionRates(0.02, 0.05), Map.of("GB000060", new SelectionRates(0.20, 0)), 0.25);
        var assessment = new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, new RiskSettings(rates, ScoreThresholds.defaults(), 42));
        Map<Lane, Integer> felixstowe = count(assessment, anImport("GB000060", List.of(), line("610910", "CN", "15", "10")), 20_000);
        assertThat(felixstowe.getOrDefault(Lane.RED, 0) / 20_000.0).isBetween(0.185, 0.215);
        assertThat(felixstowe.getOrDefault(Lane.YELLOW, 0)).isZero();
    }

    @Test
    void anAeoHolderIsDrawnLessOftenAndToldSo() {
        var settings = new RiskSettings(RandomRates.of(0.04, 0.08), ScoreThresholds.defaults(), 42);
        var assessment = new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, settings);
        Declaration aeo = anImport("GB000084", List.of("GBAEOF0001"), line("610910", "CN", "15", "10"));
        Map<Lane, Integer> counts = count(assessment, aeo, 100_000);
        // a quarter of the rates: 1 % red, 2 % yellow
        assertThat(counts.getOrDefault(Lane.RED, 0) / 100_000.0).isBetween(0.0085, 0.0115);
        assertThat(counts.getOrDefault(Lane.YELLOW, 0) / 100_000.0).isBetween(0.018, 0.022);
        assertThat(assessment.allocate(aeo, MRN).reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("AEO_TREATMENT");
            assertThat(r.text()).contains("GBAEOF0001", "red 1.00 %", "yellow 2.00 %");
        });
    }

    @Test
    void theNotSelectedTextNamesTheRatesOfEachDeclarationThoughItIsMadeOnceForTheSameRates() {
        var settings = new RiskSettings(RandomRates.of(0.04, 0.08), ScoreThresholds.defaults(), 42);
        var assessment = new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, settings);
        Declaration aeo = anImport("GB000084", List.of("GBAEOF0001"), line("610910", "CN", "15", "10"));
        int checked = 0;
        for (int i = 1; i <= 2_000; i++) {
            boolean isAeo = i % 3 == 0;
            LaneDecision d = assessment.allocate(isAeo ? aeo : SHIRTS, Mrn.of(2026, "GB", i));
            if (d.lane() != Lane.GREEN) continue;
            SelectionRates rates = isAeo ? new SelectionRates(0.04, 0.08).times(0.25) : new SelectionRates(0.04, 0.08);
            assertThat(d.reasons().getLast().text()).isEqualTo("no profile hit, no watch-list match, not selected by the model or at random ("
                    + rates + "); 0 profile(s) in force");
            checked++;
        }
        assertThat(checked).isGreaterThan(1_500);
    }

    @Test
    void aProfileMayExemptAeoHolders() {
        var exempting = new ProfileDefinition("cheap shirts", "\"CN\" in origins", new ProfileAction.SendTo(Lane.RED), "undervaluation",
                ValidityPeriod.from(LocalDate.of(2026, 1, 1)), ProfileScope.everywhere(), true);
        var assessment = new RiskAssessment(snapshot(exempting), PartyScreening.NONE, NO_RANDOM);
        assertThat(assessment.allocate(SHIRTS, MRN).lane()).isEqualTo(Lane.RED);
        LaneDecision aeo = assessment.allocate(anImport("GB000084", List.of("GBAEOF0001"), line("610910", "CN", "15", "10")), MRN);
        assertThat(aeo.lane()).isEqualTo(Lane.GREEN);
        assertThat(aeo.reasons()).anySatisfy(r -> assertThat(r.text()).contains("exempt from profile 11 v1 \"cheap shirts\""));
    }

    @Test
    void theBaselineDecidesExactlyAsTheIndexedAssessment() {
        var assessment = new RiskAssessment(snapshot(profile("\"CN\" in origins", Lane.YELLOW), profile("invoiceTotal > 0.0", Lane.BLUE)),
                PartyScreening.NONE, new RiskSettings(RandomRates.of(0.1, 0.1), ScoreThresholds.defaults(), 3));
        for (int i = 1; i < 200; i++) {
            Mrn m = Mrn.of(2026, "GB", i);
            assertThat(assessment.allocate(SHIRTS, m)).isEqualTo(assessment.evaluatingEveryProfile().allocate(SHIRTS, m));
        }
    }

    private static Map<Lane, Integer> count(RiskAssessment assessment, Declaration d, int n) {
        Map<Lane, Integer> counts = new EnumMap<>(Lane.class);
        for (int i = 1; i <= n; i++) counts.merge(assessment.allocate(d, Mrn.of(2026, "GB", i)).lane(), 1, Integer::sum);
        return counts;
    }
}
