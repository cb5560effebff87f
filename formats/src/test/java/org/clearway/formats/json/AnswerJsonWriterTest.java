package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;
import org.clearway.formats.RandomText;
import org.junit.jupiter.api.Test;

/**
 * The streamed assessment is the tree writer's text to the character: stored assessments written
 * before and after are the same, and so are the rows a re-import compares.
 */
class AnswerJsonWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Text with what JSON must escape, non-ASCII, a pair of surrogates and a lone one. */
    private static final String AWKWARD = "ab \"q\" \\ / \n\t\u0001 é € 𝄞 \ud800 × ½";
    private static final String[] CODES = {"RANDOM_SELECTION", "PROFILE_HIT", "WATCH_LIST_MATCH", "AEO", "MODEL_SCORE",
            "LOW_VALUE", "OFFICER_REROUTE", "NO_RISK_FOUND"};

    /** The former way: AnswerJson's trees in one object, serialised by a mapper. */
    private static String treeWriter(AmountsDue due, LaneDecision decision) throws Exception {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("amountsDue", AnswerJson.amounts(due));
        node.set("laneDecision", AnswerJson.lane(decision));
        return MAPPER.writeValueAsString(node);
    }

    @Test
    void manyGeneratedAssessmentsAreWrittenAsTheTreeWriterWroteThem() throws Exception {
        Random random = new Random(20261128);
        Set<Lane> lanesSeen = EnumSet.noneOf(Lane.class);
        int withExcise = 0, withRate = 0, withoutItems = 0, withNulls = 0;
        for (int n = 0; n < 5_000; n++) {
            AmountsDue due = amounts(random);
            LaneDecision decision = decision(random);
            if (decision.lane() != null) lanesSeen.add(decision.lane());
            if (due.excise() != null) withExcise++;
            if (due.exchangeRate() != null) withRate++;
            if (due.items().isEmpty()) withoutItems++;
            if (due.note() == null || decision.lane() == null) withNulls++;
            assertThat(AnswerJsonWriter.assessment(due, decision)).as("assessment %d", n).isEqualTo(treeWriter(due, decision));
        }
        assertThat(lanesSeen).as("every lane drawn").isEqualTo(EnumSet.allOf(Lane.class));
        assertThat(List.of(withExcise, withRate, withoutItems, withNulls)).as("each shape drawn").allMatch(c -> c > 100);
    }

    @Test
    void escapesAndNonAsciiAreWrittenAsTheMapperWritesThem() throws Exception {
        AmountsDue due = new AmountsDue(List.of(new ItemAmounts(7, Money.of("1E+3", "GBP"), Money.of("0.00", "GBP"), AWKWARD,
                Money.of("200.000", "GBP"), AWKWARD, AWKWARD, AWKWARD, AWKWARD)),
                Money.of("0.00", "GBP"), Money.of("200.000", "GBP"), Money.of("200.000", "GBP"),
                new ExchangeRate(null, null, null, null, null), AWKWARD);
        LaneDecision decision = new LaneDecision(null, List.of(new Reason(null, null, null), new Reason(AWKWARD, Lane.RED, AWKWARD)));
        String streamed = AnswerJsonWriter.assessment(due, decision);
        assertThat(streamed).isEqualTo(treeWriter(due, decision));
        assertThat(streamed).contains("\"amount\":\"1000\"", "\"exchangeRate\":{\"from\":null,\"to\":null,\"rate\":null",
                "\"lane\":null,\"reasons\":[{\"code\":null,\"lane\":null,\"text\":null}");
    }

    @Test
    void anAssessmentWithoutItemsOrRateIsTheTreeWritersText() throws Exception {
        AmountsDue due = new AmountsDue(List.of(), Money.of("0.00", "GBP"), Money.of("0.00", "GBP"), Money.of("0.00", "GBP"), null, null);
        LaneDecision decision = new LaneDecision(Lane.GREEN, List.of());
        assertThat(AnswerJsonWriter.assessment(due, decision)).isEqualTo(
                "{\"amountsDue\":{\"items\":[],\"duty\":{\"amount\":\"0.00\",\"currency\":\"GBP\"},\"vat\":{\"amount\":\"0.00\",\"currency\":\"GBP\"},"
                        + "\"total\":{\"amount\":\"0.00\",\"currency\":\"GBP\"},\"exchangeRate\":null,\"note\":null},"
                        + "\"laneDecision\":{\"lane\":\"GREEN\",\"reasons\":[]}}")
                .isEqualTo(treeWriter(due, decision));
    }

    private static AmountsDue amounts(Random random) {
        String currency = random.nextBoolean() ? "GBP" : "EUR";
        int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4);
        boolean excise = random.nextInt(4) == 0 && count > 0;
        List<ItemAmounts> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Money customsValue = random.nextInt(10) == 0 ? null : money(random, currency);
            if (excise && random.nextBoolean()) {
                items.add(new ItemAmounts(i, customsValue, money(random, currency), text(random), money(random, currency), text(random),
                        maybe(random), maybe(random), maybe(random), money(random, currency), maybe(random), maybe(random), maybe(random)));
            } else if (random.nextBoolean()) {
                items.add(new ItemAmounts(i, customsValue, money(random, currency), text(random), money(random, currency), text(random),
                        maybe(random), maybe(random), maybe(random)));
            } else {
                items.add(new ItemAmounts(i, customsValue, money(random, currency), maybe(random), money(random, currency), maybe(random)));
            }
        }
        ExchangeRate rate = random.nextBoolean() ? null : new ExchangeRate(
                random.nextInt(8) == 0 ? null : new CurrencyCode("USD"), random.nextInt(8) == 0 ? null : new CurrencyCode(currency),
                random.nextInt(8) == 0 ? null : new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(6)),
                random.nextInt(8) == 0 ? null : LocalDate.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                maybe(random));
        return new AmountsDue(items, money(random, currency), money(random, currency), money(random, currency), rate, maybe(random),
                excise ? money(random, currency) : null);
    }

    private static LaneDecision decision(Random random) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            reasons.add(new Reason(random.nextInt(10) == 0 ? null : CODES[random.nextInt(CODES.length)], lane(random), maybe(random)));
        }
        return new LaneDecision(lane(random), reasons);
    }

    private static Lane lane(Random random) {
        int n = random.nextInt(Lane.values().length + 1);
        return n == Lane.values().length ? null : Lane.values()[n];
    }

    /** Amounts with 0 to 4 decimals, some large, some with an exponent in their BigDecimal form. */
    private static Money money(Random random, String currency) {
        BigDecimal amount = new BigDecimal(random.nextLong(1_000_000_000L)).movePointLeft(random.nextInt(5));
        if (random.nextInt(20) == 0) amount = amount.scaleByPowerOfTen(3 + random.nextInt(4)).stripTrailingZeros();
        return new Money(amount, new CurrencyCode(currency));
    }

    private static String maybe(Random random) {
        return random.nextInt(6) == 0 ? null : text(random);
    }

    private static String text(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> AWKWARD;
            default -> RandomText.nonBlank(random, RandomText.LETTERS + RandomText.DIGITS + " %.,:;-()×€\"\\", 60);
        };
    }
}
