package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.clearway.core.reference.CurrencyCode;
import org.junit.jupiter.api.Test;

class RateTextParserTest {
    private static final CurrencyCode USD = new CurrencyCode("USD");

    private static DutyExpression parse(String text) {
        return RateTextParser.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void freeAndAdValorem() {
        assertThat(parse("Free")).isEqualTo(new DutyExpression.Free());
        assertThat(parse("16.5%")).isEqualTo(new DutyExpression.AdValorem(new BigDecimal("16.5")));
        assertThat(parse("4 1/2%").text()).isEqualTo("4.5%");
        assertThat(parse("6.5% <u></u>").text()).isEqualTo("6.5%");
    }

    @Test
    void centsBecomeExactDollars() {
        assertThat(parse("1.9¢/kg")).isEqualTo(new DutyExpression.Specific(new BigDecimal("0.019"), USD, "KGM", ""));
        assertThat(parse("$1.99/pf. liter")).isEqualTo(new DutyExpression.Specific(new BigDecimal("1.99"), USD, "PFL", ""));
        assertThat(parse("2.8¢/doz.").text()).isEqualTo("0.028 USD/DZN");
        assertThat(parse("$2.07/m<sup>2</sup>").text()).isEqualTo("2.07 USD/MTK");
        assertThat(parse("$6/1000").text()).isEqualTo("6 USD/MIL");
    }

    @Test
    void compoundWithABasis() {
        assertThat(parse("5.7¢/kg on drained weight +8%")).isEqualTo(new DutyExpression.Compound(List.of(
                new DutyExpression.Specific(new BigDecimal("0.057"), USD, "KGM", "drained weight"),
                new DutyExpression.AdValorem(new BigDecimal("8")))));
        assertThat(parse("$1.75 each + 4.8% on the case").text()).isEqualTo("1.75 USD/NAR + 4.8% [case]");
    }

    @Test
    void minimumAndMaximum() {
        assertThat(parse("10% but not less than 5¢/kg")).isInstanceOf(DutyExpression.AtLeast.class);
        assertThat(parse("max(8% ; 1.5 EUR/PR)").text()).isEqualTo("max(8% ; 1.5 EUR/PR)");
        assertThat(parse("min(8.3% + 0.25 EUR/KGM ; 18.7%)")).isInstanceOf(DutyExpression.AtMost.class);
    }

    @Test
    void referencesAreStructuredButNamedAsSuch() {
        assertThat(parse("No change")).isEqualTo(new DutyExpression.Reference("No change"));
        assertThat(parse("The duty provided in the applicable subheading + 25%")).isInstanceOf(DutyExpression.Reference.class);
    }

    @Test
    void whatItCannotReadIsEmptyNeverAGuess() {
        assertThat(RateTextParser.parse("1.4606¢/kg less 0.020668¢/kg for each degree under 100 degrees")).isEmpty();
        assertThat(RateTextParser.parse("37% /")).isEmpty();
        assertThat(RateTextParser.parse("1/0%")).isEmpty();
        assertThat(RateTextParser.parse("+")).isEmpty(); // found by the fuzzer: an empty compound
        assertThat(RateTextParser.parse("5% +")).isEmpty();
        assertThat(RateTextParser.parse("")).isEmpty();
    }

    @Test
    void specialRatesWithTheirProgrammes() {
        var rates = RateTextParser.parseSpecial("Free (A+,AU,BH,,CL) 2.8¢/liter (JO) See 9823.04.01 (S+)").orElseThrow();
        assertThat(rates).hasSize(3);
        assertThat(rates.get(0).programmes()).containsExactly("A+", "AU", "BH", "CL");
        assertThat(rates.get(1).expression().text()).isEqualTo("0.028 USD/LTR");
        assertThat(rates.get(2).expression()).isInstanceOf(DutyExpression.Reference.class);
        assertThat(RateTextParser.parseSpecial("Free \n(AU,\nBH)").orElseThrow().getFirst().programmes()).containsExactly("AU", "BH");
    }

    @Test
    void everyExpressionReadsBackFromItsText() {
        for (String t : List.of("Free", "16.5%", "1.9¢/kg", "40¢/kg + 10.4%", "$1.75 each + 4.8% on the case",
                "10% but not less than 5¢/kg", "No change", "50 percent of the cost of such parts")) {
            DutyExpression e = parse(t);
            assertThat(parse(e.text()).text()).as(t).isEqualTo(e.text());
        }
    }
}
