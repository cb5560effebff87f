package org.clearway.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.junit.jupiter.api.Test;

class LodgementStepsTest {
    private static final Instant AT = Instant.parse("2026-11-28T23:30:00.123456Z");
    private static final Money DUE = new Money(new BigDecimal("12.50"), new CurrencyCode("GBP"));

    @Test
    void aLaneReleasedAtOnceGivesThreeEventsAndOneThatWaitsGivesTwo() {
        var green = LodgementSteps.of(AT, "trader1", new LaneDecision(Lane.GREEN, List.of(new Reason("NO_HIT", null, "no profile hit"))), DUE);
        assertThat(green.releasedIn()).isEqualTo(Lane.GREEN);
        assertThat(green.status()).isEqualTo(DeclarationStatus.RELEASED);
        assertThat(green.events()).containsExactly(
                new DeclarationEvent(EventType.SUBMITTED, AT, "trader1", null, DeclarationStatus.ACCEPTED, "received and validated with no problems; MRN given"),
                new DeclarationEvent(EventType.ASSESSED, AT, "clearway", DeclarationStatus.ACCEPTED, DeclarationStatus.ASSESSED,
                        "lane GREEN: no profile hit; amounts due 12.50 GBP"),
                new DeclarationEvent(EventType.RELEASED, AT, "clearway", DeclarationStatus.ASSESSED, DeclarationStatus.RELEASED,
                        "released automatically: GREEN lane"));

        var red = LodgementSteps.of(AT, "trader2", new LaneDecision(Lane.RED,
                List.of(new Reason("PROFILE_HIT", Lane.RED, "profile 7 v2: laptops"), new Reason("RANDOM_SELECTION", Lane.YELLOW, "at random"))), DUE);
        assertThat(red.releasedIn()).isNull();
        assertThat(red.status()).isEqualTo(DeclarationStatus.ASSESSED);
        assertThat(red.events()).extracting(DeclarationEvent::type).containsExactly(EventType.SUBMITTED, EventType.ASSESSED);
        assertThat(red.events().getLast().detail()).isEqualTo("lane RED: profile 7 v2: laptops; at random; amounts due 12.50 GBP");
        assertThat(red.events()).allSatisfy(e -> assertThat(e.at()).isEqualTo(AT));
        assertThat(LodgementSteps.of(AT, "t", new LaneDecision(Lane.BLUE, List.of()), DUE).releasedIn()).isEqualTo(Lane.BLUE);
        assertThat(LodgementSteps.of(AT, "t", new LaneDecision(Lane.YELLOW, List.of()), DUE).releasedIn()).isNull();
    }

    @Test
    void stepsAreReadBackFromTheStoredValuesAsTheyWereMade() {
        var made = LodgementSteps.of(AT, "trader1", new LaneDecision(Lane.BLUE, List.of(new Reason("AEO", null, "AEO holder"))), DUE);
        var read = new LodgementSteps(made.at(), made.declarant(), made.assessment(), made.releasedIn());
        assertThat(read.events()).isEqualTo(made.events());
        assertThatThrownBy(() -> new LodgementSteps(AT, "trader1", null, null)).isInstanceOf(NullPointerException.class);
    }
}
