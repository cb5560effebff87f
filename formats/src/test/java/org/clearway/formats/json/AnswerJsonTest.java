package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;
import org.clearway.core.validation.Problem;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private static AmountsDue laptopsInGbp() {
        return new AmountsDue(
                List.of(new ItemAmounts(1, Money.of("9875.00", "GBP"), Money.of("0.00", "GBP"), "0 % (8471 30 00 00)",
                                Money.of("1975.00", "GBP"), "20 % standard rate"),
                        new ItemAmounts(2, Money.of("3120.50", "GBP"), Money.of("62.41", "GBP"), "2 %", Money.of("636.58", "GBP"), "20 %")),
                Money.of("62.41", "GBP"), Money.of("2611.58", "GBP"), Money.of("2673.99", "GBP"),
                new ExchangeRate(new CurrencyCode("USD"), new CurrencyCode("GBP"), new BigDecimal("0.7900"),
                        LocalDate.of(2025, 5, 9), "ECB"),
                "flat rates for the demo");
    }

    @Test
    void problemsAreCodePathAndMessage() {
        JsonNode json = AnswerJson.problems(List.of(new Problem("HS_CODE_UNKNOWN", "items[0].hsCode", "847199 is not in HS 2022")));
        assertThat(json.toString()).isEqualTo(
                "[{\"code\":\"HS_CODE_UNKNOWN\",\"path\":\"items[0].hsCode\",\"message\":\"847199 is not in HS 2022\"}]");
    }

    @Test
    void amountsDueAreWrittenWithExactDecimalStrings() {
        JsonNode json = AnswerJson.amounts(laptopsInGbp());
        assertThat(json.at("/items/1/duty").toString()).isEqualTo("{\"amount\":\"62.41\",\"currency\":\"GBP\"}");
        assertThat(json.at("/items/0/dutyBasis").asText()).isEqualTo("0 % (8471 30 00 00)");
        assertThat(json.at("/total/amount").asText()).isEqualTo("2673.99");
        assertThat(json.at("/exchangeRate").toString())
                .isEqualTo("{\"from\":\"USD\",\"to\":\"GBP\",\"rate\":\"0.7900\",\"publishedOn\":\"2025-05-09\",\"source\":\"ECB\"}");
        assertThat(json.at("/note").asText()).isEqualTo("flat rates for the demo");
    }

    @Test
    void tariffBreakdownPerItemSurvivesStorage() throws Exception {
        AmountsDue due = new AmountsDue(List.of(new ItemAmounts(1, Money.of("1000.00", "USD"), Money.of("165.00", "USD"),
                        "16.5 % of 1000.00 USD = 165.00 USD", Money.of("0.00", "USD"), "no VAT in this administration",
                        "6109100012", "THIRD_COUNTRY_DUTY 1011 (HTS general rate)", "16.5%")),
                Money.of("165.00", "USD"), Money.of("0.00", "USD"), Money.of("165.00", "USD"), null, "amounts in USD");
        JsonNode json = AnswerJson.amounts(due);
        assertThat(json.at("/items/0/measure").asText()).isEqualTo("THIRD_COUNTRY_DUTY 1011 (HTS general rate)");
        assertThat(json.at("/items/0/dutyExpression").asText()).isEqualTo("16.5%");
        assertThat(json.at("/items/0/total/amount").asText()).isEqualTo("165.00");
        assertThat(AnswerJson.readAmounts(mapper.readTree(mapper.writeValueAsString(json)))).isEqualTo(due);
    }

    @Test
    void anItemWithoutTariffMeasureHasNoMeasureFieldsAndReadsBackEmpty() throws Exception {
        JsonNode json = AnswerJson.amounts(laptopsInGbp());
        assertThat(json.at("/items/0").has("measure")).as("no measure under the de minimis").isFalse();
        assertThat(json.at("/items/0").has("dutyExpression")).isFalse();
        assertThat(json.at("/items/0/commodityCode").isTextual()).as("the commodity code is always written").isTrue();
        AmountsDue back = AnswerJson.readAmounts(mapper.readTree(json.toString()));
        assertThat(back).isEqualTo(laptopsInGbp());
        assertThat(back.items().getFirst().measure()).isEmpty();
        assertThat(back.items().getFirst().dutyExpression()).isEmpty();
        // as stored before V12, with both written empty: the same amounts
        String before = json.toString().replace("\"commodityCode\":\"\"", "\"commodityCode\":\"\",\"measure\":\"\",\"dutyExpression\":\"\"");
        assertThat(before).contains("\"measure\":\"\"");
        assertThat(AnswerJson.readAmounts(mapper.readTree(before))).isEqualTo(laptopsInGbp());
    }

    @Test
    void anExciseIsItsOwnTaxInTheBreakdownAndSurvivesStorage() throws Exception {
        AmountsDue due = new AmountsDue(List.of(new ItemAmounts(1, Money.of("300.00", "EUR"), Money.of("0.00", "EUR"), "free",
                        Money.of("71.82", "EUR"), "20 % VAT on customs value plus duty plus excise, 359.10 EUR",
                        "22083000", "THIRD_COUNTRY_DUTY 1011", "Free", Money.of("59.10", "EUR"),
                        "17.5891 EUR/LPA × 3.36 LPA = 59.10 EUR", "EXCISE 1011 (sample excise)", "17.5891 EUR/LPA")),
                Money.of("0.00", "EUR"), Money.of("71.82", "EUR"), Money.of("130.92", "EUR"), null, "amounts in EUR", Money.of("59.10", "EUR"));
        JsonNode json = AnswerJson.amounts(due);
        assertThat(json.at("/items/0/excise/amount").asText()).isEqualTo("59.10");
        assertThat(json.at("/items/0/exciseExpression").asText()).isEqualTo("17.5891 EUR/LPA");
        assertThat(json.at("/items/0/total/amount").asText()).as("duty + excise + VAT").isEqualTo("130.92");
        assertThat(json.at("/excise/amount").asText()).isEqualTo("59.10");
        assertThat(AnswerJson.readAmounts(mapper.readTree(json.toString()))).isEqualTo(due);
        assertThat(AnswerJson.amounts(laptopsInGbp()).has("excise")).as("no excise field where none applies").isFalse();
    }

    @Test
    void amountsStoredBeforeTheTariffBreakdownReadWithEmptyMeasure() throws Exception {
        JsonNode old = mapper.readTree("""
                {"items":[{"sequence":1,"customsValue":{"amount":"10.00","currency":"GBP"},"duty":{"amount":"0.40","currency":"GBP"},
                "dutyBasis":"4 %","vat":{"amount":"2.08","currency":"GBP"},"vatBasis":"20 %"}],
                "duty":{"amount":"0.40","currency":"GBP"},"vat":{"amount":"2.08","currency":"GBP"},"total":{"amount":"2.48","currency":"GBP"},
                "exchangeRate":null,"note":"old"}""");
        ItemAmounts item = AnswerJson.readAmounts(old).items().getFirst();
        assertThat(item.measure()).isEmpty();
        assertThat(item.duty()).isEqualTo(Money.of("0.40", "GBP"));
    }

    @Test
    void amountsDueSurviveStorageAsJsonText() throws Exception {
        AmountsDue due = laptopsInGbp();
        JsonNode stored = mapper.readTree(mapper.writeValueAsString(AnswerJson.amounts(due)));
        assertThat(AnswerJson.readAmounts(stored)).isEqualTo(due);
    }

    @Test
    void amountsInTheNationalCurrencyHaveNoExchangeRate() throws Exception {
        AmountsDue due = new AmountsDue(List.of(), Money.of("0.00", "GBP"), Money.of("0.00", "GBP"), Money.of("0.00", "GBP"), null, null);
        JsonNode json = AnswerJson.amounts(due);
        assertThat(json.get("exchangeRate").isNull()).isTrue();
        assertThat(AnswerJson.readAmounts(mapper.readTree(json.toString()))).isEqualTo(due);
    }

    @Test
    void aLaneDecisionIsTheLaneAndEveryReason() throws Exception {
        LaneDecision decision = new LaneDecision(Lane.RED, List.of(
                new Reason("PROFILE_HIT", Lane.RED, "profile P-12: laptops from a new exporter"),
                new Reason("AEO", Lane.GREEN, "importer is an authorised economic operator")));
        JsonNode json = AnswerJson.lane(decision);
        assertThat(json.toString()).isEqualTo("{\"lane\":\"RED\",\"reasons\":["
                + "{\"code\":\"PROFILE_HIT\",\"lane\":\"RED\",\"text\":\"profile P-12: laptops from a new exporter\"},"
                + "{\"code\":\"AEO\",\"lane\":\"GREEN\",\"text\":\"importer is an authorised economic operator\"}]}");
        assertThat(AnswerJson.readLane(mapper.readTree(json.toString()))).isEqualTo(decision);
    }

    @Test
    void aCorruptedStoredAnswerNamesTheField() throws Exception {
        assertThatThrownBy(() -> AnswerJson.readLane(mapper.readTree("{\"lane\":\"PURPLE\",\"reasons\":[]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lane.lane");
        assertThatThrownBy(() -> AnswerJson.readAmounts(mapper.readTree("{\"items\":[],\"duty\":{\"amount\":1.5,\"currency\":\"GBP\"}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amounts.duty.amount");
    }
}
