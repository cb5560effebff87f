package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;
import org.junit.jupiter.api.Test;

/**
 * The hand-written assessment is the generator's (AnswerJsonWriterBefore) to the character, with any
 * UTF-16 code unit in any text: the stored and served assessment does not change. (AnswerJsonWriterTest
 * holds it, besides, to the tree writer it replaced first.)
 */
class AnswerJsonWriterDifferentialTest {
    @Test
    void awkwardAssessmentsAreTheGeneratorsText() {
        Random random = new Random(8);
        int escaped = 0;
        for (int n = 0; n < 20_000; n++) {
            AmountsDue due = amounts(random);
            LaneDecision decision = decision(random);
            String expected = AnswerJsonWriterBefore.assessment(due, decision);
            assertThat(AnswerJsonWriter.assessment(due, decision)).as("assessment %d", n).isEqualTo(expected);
            if (expected.contains("\\u")) escaped++;
        }
        assertThat(escaped).as("assessments with \\u escapes").isGreaterThan(10_000);
    }

    @Test
    void allAsciiAssessmentsWithEscapesAreTheGeneratorsText() {
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            List<ItemAmounts> items = List.of(new ItemAmounts(1, money(random), money(random), AwkwardText.ascii(random), money(random),
                    AwkwardText.ascii(random), "851830", AwkwardText.ascii(random), AwkwardText.ascii(random)));
            AmountsDue due = new AmountsDue(items, money(random), money(random), money(random), null, AwkwardText.ascii(random));
            LaneDecision decision = new LaneDecision(Lane.GREEN, List.of(new Reason(AwkwardText.ascii(random), Lane.GREEN, AwkwardText.ascii(random))));
            assertThat(AnswerJsonWriter.assessment(due, decision)).as("assessment %d", n).isEqualTo(AnswerJsonWriterBefore.assessment(due, decision));
        }
    }

    private static AmountsDue amounts(Random random) {
        List<ItemAmounts> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            items.add(random.nextBoolean()
                    ? new ItemAmounts(i, money(random), money(random), text(random), money(random), text(random), text(random), text(random), text(random))
                    : new ItemAmounts(i, money(random), money(random), text(random), money(random), text(random), text(random), text(random), text(random),
                        money(random), text(random), text(random), text(random)));
        }
        ExchangeRate rate = random.nextInt(3) == 0 ? null : new ExchangeRate(new CurrencyCode("USD"), new CurrencyCode("GBP"),
                new BigDecimal("0.7533771773906861"), LocalDate.of(2025, 5, 9), text(random));
        return new AmountsDue(items, money(random), money(random), money(random), rate, text(random), random.nextBoolean() ? null : money(random));
    }

    private static LaneDecision decision(Random random) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) reasons.add(new Reason(text(random), lane(random), text(random)));
        return new LaneDecision(lane(random), reasons);
    }

    private static Lane lane(Random random) {
        int n = random.nextInt(Lane.values().length + 1);
        return n == Lane.values().length ? null : Lane.values()[n];
    }

    private static Money money(Random random) {
        BigDecimal amount = BigDecimal.valueOf(random.nextLong(1_000_000_000L), random.nextInt(5));
        if (random.nextInt(10) == 0) amount = amount.scaleByPowerOfTen(3 + random.nextInt(4)).stripTrailingZeros();
        return new Money(amount, new CurrencyCode("GBP"));
    }

    private static String text(Random random) {
        return random.nextInt(8) == 0 ? null : AwkwardText.mostlyPlain(random);
    }
}
