package org.clearway.app.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearway.app.http.Json;
import org.clearway.core.clearance.Decision;
import org.clearway.core.declaration.Money;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.EventType;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;
import org.clearway.core.declaration.Mrn;
import org.clearway.formats.json.AnswerJson;
import org.clearway.store.declaration.LodgementAssessed;
import org.junit.jupiter.api.Test;

/**
 * What a lodgement records of its assessment (the assessment's JSON and the lifecycle events) is
 * what it recorded before these were streamed and built without intermediate lists, and before the
 * lodgement's events were kept as two values in the declaration's row (LodgementSteps, migration
 * V11) and derived from them when read: the former code is kept here as the reference. And the
 * ASSESSED detail read back from the stored assessment (migration V12) is the one written.
 */
class AssessmentRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-28T21:00:00.123456Z");

    private static String formerAssessmentJson(Decision decision) throws Exception {
        ObjectNode node = Json.object();
        node.set("amountsDue", AnswerJson.amounts(decision.amountsDue()));
        node.set("laneDecision", AnswerJson.lane(decision.lane()));
        return Json.MAPPER.writeValueAsString(node);
    }

    private static List<DeclarationEvent> formerLodgementEvents(String actor, Instant now, Decision decision) {
        List<DeclarationEvent> events = new ArrayList<>();
        events.add(new DeclarationEvent(EventType.SUBMITTED, now, actor, null, DeclarationStatus.ACCEPTED,
                "received and validated with no problems; MRN given"));
        Lane lane = decision.lane().lane();
        String reasons = String.join("; ", decision.lane().reasons().stream().map(Reason::text).toList());
        events.add(new DeclarationEvent(EventType.ASSESSED, now, "clearway", DeclarationStatus.ACCEPTED, DeclarationStatus.ASSESSED,
                "lane " + lane + ": " + reasons + "; amounts due " + decision.amountsDue().total()));
        if (decision.status() == DeclarationStatus.RELEASED) {
            events.add(new DeclarationEvent(EventType.RELEASED, now, "clearway", DeclarationStatus.ASSESSED, DeclarationStatus.RELEASED,
                    "released automatically: " + lane + " lane"));
        }
        return events;
    }

    @Test
    void everyLaneAndReasonIsRecordedAsBefore() throws Exception {
        Random random = new Random(5);
        String[] texts = {"random selection for compliance measurement", "profile P-12: laptops from a new exporter",
                "Zoë \"quoted\" \\ 北京 😀 \ud800", "", null};
        for (int n = 0; n < 2_000; n++) {
            Lane lane = Lane.values()[random.nextInt(Lane.values().length)];
            List<Reason> reasons = new ArrayList<>();
            for (int r = random.nextInt(4); r > 0; r--) {
                reasons.add(new Reason("CODE_" + r, random.nextBoolean() ? null : Lane.values()[random.nextInt(4)], texts[random.nextInt(texts.length)]));
            }
            Decision decision = new Decision(amounts(random), new LaneDecision(lane, reasons), Lifecycle.statusAfterAssessment(lane));
            assertThat(DeclarationService.assessmentJson(decision)).as("decision %d", n).isEqualTo(formerAssessmentJson(decision));
            var steps = DeclarationService.lodgementSteps("trader1", NOW, decision);
            assertThat(steps.events()).as("decision %d", n).isEqualTo(formerLodgementEvents("trader1", NOW, decision));
            assertThat(steps.status()).as("decision %d", n).isEqualTo(decision.status());
            // The row keeps the ASSESSED detail as '' and readers derive it from the assessment (V12): the same text.
            var lodgement = DeclarationService.lodgement(Mrn.of(2026, "GB", n + 1), "trader1", NOW, decision);
            assertThat(lodgement.assessedFromAssessment()).isTrue();
            assertThat(LodgementAssessed.fromAssessment(lodgement.assessmentJson())).as("decision %d", n).isEqualTo(steps.assessment());
        }
    }

    private static AmountsDue amounts(Random random) {
        String currency = random.nextBoolean() ? "GBP" : "EUR";
        List<ItemAmounts> items = new ArrayList<>();
        for (int i = 1; i <= random.nextInt(3); i++) {
            items.add(new ItemAmounts(i, money(random, currency), money(random, currency), "4 % of customs value", money(random, currency),
                    "20 % VAT", random.nextBoolean() ? "8471300000" : null, "THIRD_COUNTRY_DUTY", "4%"));
        }
        ExchangeRate rate = random.nextBoolean() ? null
                : new ExchangeRate(new CurrencyCode("USD"), new CurrencyCode(currency), new BigDecimal("0.7900"), LocalDate.of(2026, 11, 27), "ECB");
        return new AmountsDue(items, money(random, currency), money(random, currency), money(random, currency), rate,
                random.nextBoolean() ? null : "low-value consignment: no duty");
    }

    private static Money money(Random random, String currency) {
        return new Money(new BigDecimal(random.nextInt(1_000_000)).movePointLeft(2), new CurrencyCode(currency));
    }
}
