package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * Golden duties from real lines of the US HTS 2024 (basic edition, bundled), each computed by hand in
 * the comment. Unless said otherwise: an IMPORT on 2024-07-01, invoiced in USD, FOB (the US basis,
 * so the invoice value is the customs value), no VAT in the US. ECB rates of 2024-07-01: 1 EUR =
 * 1.0745 USD = 0.8479 GBP = 7.8097 CNY. Amounts are rounded to cents, half up, per item.
 */
class HtsGoldenTest {
    static final ReferenceData REFERENCE = BundledReferenceData.load();
    static final Tariff HTS = Tariffs.bundled("us-hts-2024").tariff();
    static final TariffDutyCalculator US = new TariffDutyCalculator(HTS, REFERENCE);
    static final LocalDate D = LocalDate.of(2024, 7, 1);

    // ---- ad valorem (general rate) ----

    @Test
    void cottonTShirtsAdValorem() {
        // 6109.10.00 "T-shirts ... Of cotton", general 16.5 %. From CN (no agreement): 1000.00 × 16.5 % = 165.00.
        AmountsDue due = due(line("61091000", "CN", "1000.00"));
        assertThat(due.duty()).isEqualTo(usd("165.00"));
        ItemAmounts item = due.items().getFirst();
        assertThat(item.measure()).startsWith("THIRD_COUNTRY_DUTY 1011");
        assertThat(item.dutyExpression()).isEqualTo("16.5%");
        assertThat(item.customsValue()).isEqualTo(usd("1000.00"));
    }

    @Test
    void statisticalSuffixTakesTheRateOfItsEightDigitLine() {
        // 6109.10.00.12 "Men's (338)" has no rate of its own: 6109.10.00's 16.5 %. 250.00 × 16.5 % = 41.25.
        assertThat(due(line("6109100012", "CN", "250.00")).duty()).isEqualTo(usd("41.25"));
    }

    @Test
    void rosesFromEcuador() {
        // 0603.11.00 "Roses", general 6.8 %; EC is in no mapped programme. 1234.56 × 6.8 % = 83.95008 -> 83.95.
        assertThat(due(line("06031100", "EC", "1234.56")).duty()).isEqualTo(usd("83.95"));
    }

    @Test
    void radialTyresRoundHalfUpToTheCent() {
        // 4011.10.10 "Radial" (new pneumatic tyres for motor cars), general 4 %. From JP (not in this line's
        // special list): 9999.99 × 4 % = 399.9996 -> 400.00.
        assertThat(due(line("40111010", "JP", "9999.99")).duty()).isEqualTo(usd("400.00"));
    }

    @Test
    void carsFromGermany() {
        // 8703.23.01 "Of a cylinder capacity exceeding 1,500 cc but not exceeding 3,000 cc", general 2.5 %.
        // 30000.00 × 2.5 % = 750.00.
        assertThat(due(line("87032301", "DE", "30000.00")).duty()).isEqualTo(usd("750.00"));
    }

    @Test
    void leatherFootwearForMen() {
        // 6403.99.60 "For men, youths and boys", general 8.5 %. From VN: 777.77 × 8.5 % = 66.11045 -> 66.11.
        assertThat(due(line("64039960", "VN", "777.77")).duty()).isEqualTo(usd("66.11"));
    }

    @Test
    void portableComputersAreFree() {
        // 8471.30.01 "Portable automatic data processing machines, weighing not more than 10 kg ...", general Free.
        AmountsDue due = due(line("8471300100", "CN", "5000.00"));
        assertThat(due.duty()).isEqualTo(usd("0.00"));
        assertThat(due.items().getFirst().dutyExpression()).isEqualTo("Free");
    }

    // ---- specific ----

    @Test
    void orangesPerKilogramFromTheNetMass() {
        // 0805.10.00 "Oranges", general 1.9¢/kg, special "Free (AU,BH,CL,CO,D,E,IL,...)". From BR (in no
        // programme in force in 2024; GSP lapsed): net mass 1000 kg × 0.019 = 19.00. From ZA, an AGOA
        // beneficiary in 2024 (programme D): Free.
        assertThat(due(new DutyRequest.Line(1, "08051000", "BR", new BigDecimal("800.00"), null, new BigDecimal("1000"))).duty())
                .isEqualTo(usd("19.00"));
        assertThat(due(new DutyRequest.Line(1, "08051000", "ZA", new BigDecimal("800.00"), null, new BigDecimal("1000"))).duty())
                .isEqualTo(usd("0.00"));
    }

    @Test
    void eggsPerDozenFromACountInUnits() {
        // 0407.21.00 "Of fowls of the species Gallus domesticus" (fresh eggs), general 2.8¢/doz.
        // 1200 eggs (NAR) = 100 dozen × 0.028 = 2.80 from GB; from CA (USMCA, programme S in the special list) Free.
        assertThat(due(withQuantity("04072100", "CA", "300.00", "1200", "NAR")).duty()).isEqualTo(usd("0.00"));
        assertThat(due(withQuantity("04072100", "GB", "300.00", "1200", "NAR")).duty()).isEqualTo(usd("2.80"));
    }

    @Test
    void eggsPerDozenDeclaredInDozens() {
        // 0407.21.00, 2.8¢/doz.; 50 DZN × 0.028 = 1.40.
        assertThat(due(withQuantity("04072100", "GB", "150.00", "50", "DZN")).duty()).isEqualTo(usd("1.40"));
    }

    @Test
    void winePerLitre() {
        // 2204.21.50 "Other" (wine in containers of 2 litres or less), general 6.3¢/liter. From FR: 750 l × 0.063 = 47.25.
        assertThat(due(withQuantity("22042150", "FR", "3000.00", "750", "LTR")).duty()).isEqualTo(usd("47.25"));
    }

    @Test
    void motorFuelPerBarrel() {
        // 2710.12.15 "Motor fuel", general 52.5¢/bbl. From SA: 1000 bbl × 0.525 = 525.00.
        assertThat(due(withQuantity("27101215", "SA", "90000.00", "1000", "BLL")).duty()).isEqualTo(usd("525.00"));
    }

    @Test
    void frozenOrangeJuicePerLitre() {
        // 2009.11.00 "Frozen" (orange juice), general 7.85¢/liter. From BR: 333 l × 0.0785 = 26.1405 -> 26.14.
        assertThat(due(withQuantity("20091100", "BR", "700.00", "333", "LTR")).duty()).isEqualTo(usd("26.14"));
    }

    @Test
    void beefPerKilogram() {
        // 0201.10.10 "Described in additional U.S. note 3 to this chapter ..." (beef carcasses), general 4.4¢/kg.
        // From AR: 2500 kg × 0.044 = 110.00.
        assertThat(due(new DutyRequest.Line(1, "02011010", "AR", new BigDecimal("9000.00"), null, new BigDecimal("2500"))).duty())
                .isEqualTo(usd("110.00"));
    }

    // ---- compound ----

    @Test
    void sugarConfectioneryCompoundOnATenDigitLine() {
        // 1704.90.78.00 "Other" (sugar confectionery), general 40¢/kg + 10.4 %. From CN, 500 kg, 2000.00:
        // 500 × 0.40 = 200.00 + 2000.00 × 10.4 % = 208.00 -> 408.00.
        assertThat(due(new DutyRequest.Line(1, "1704907800", "CN", new BigDecimal("2000.00"), null, new BigDecimal("500"))).duty())
                .isEqualTo(usd("408.00"));
    }

    @Test
    void footwearPerPairPlusPercent() {
        // 6402.99.80 "Valued over $6.50 but not over $12/pair", general 90¢/pr. + 20 %. From CN, 1000 pairs, 9000.00:
        // 1000 × 0.90 = 900.00 + 9000.00 × 20 % = 1800.00 -> 2700.00.
        assertThat(due(withQuantity("64029980", "CN", "9000.00", "1000", "PR")).duty()).isEqualTo(usd("2700.00"));
    }

    @Test
    void mushroomsOnDrainedWeight() {
        // 0711.59.10.00 "Mushrooms", general 5.7¢/kg on drained weight + 8 %. Declared 100 kg (drained), 400.00, from CN:
        // 100 × 0.057 = 5.70 + 400.00 × 8 % = 32.00 -> 37.70. The net mass alone is not the drained weight.
        assertThat(due(withQuantity("0711591000", "CN", "400.00", "100", "KGM")).duty()).isEqualTo(usd("37.70"));
        assertThat(problems(new DutyRequest.Line(1, "0711591000", "CN", new BigDecimal("400.00"), null, new BigDecimal("120"))))
                .extracting(Problem::code).containsExactly("UNIT_QUANTITY_MISSING");
    }

    @Test
    void woolJacketsCompoundRounding() {
        // 6104.33.10.00 "Containing 23 percent or more by weight of wool ..." (women's jackets), 56.4¢/kg + 16.5 %.
        // From IN, 12.5 kg, 812.40: 12.5 × 0.564 = 7.05 + 812.40 × 16.5 % = 134.046 -> 141.096 -> 141.10.
        assertThat(due(new DutyRequest.Line(1, "6104331000", "IN", new BigDecimal("812.40"), null, new BigDecimal("12.5"))).duty())
                .isEqualTo(usd("141.10"));
    }

    // ---- preferential by origin ----

    @Test
    void tShirtsFromAustraliaUnderTheFta() {
        // 6109.10.00, special "Free (AU,BH,CL,...)": AU -> Free under programme AU. 1000.00 -> 0.00.
        AmountsDue due = due(line("61091000", "AU", "1000.00"));
        assertThat(due.duty()).isEqualTo(usd("0.00"));
        assertThat(due.items().getFirst().measure()).startsWith("PREFERENTIAL_DUTY US-AU");
    }

    @Test
    void tShirtsFromMexicoUnderUsmca() {
        // 6109.10.00, special includes S (USMCA: CA, MX) -> Free.
        assertThat(due(line("61091000", "MX", "1000.00")).items().getFirst().measure()).startsWith("PREFERENTIAL_DUTY US-S");
    }

    @Test
    void wineFromJordanAtItsOwnPreferentialRate() {
        // 2204.21.50, special "Free (A+,AU,...) 2.8¢/liter (JO)": JO -> 2.8¢/liter. 750 l × 0.028 = 21.00 (general would be 47.25).
        assertThat(due(withQuantity("22042150", "JO", "3000.00", "750", "LTR")).duty()).isEqualTo(usd("21.00"));
    }

    @Test
    void chocolateFromColombiaAndCostaRica() {
        // 1806.32.16.00 "Containing less than 21 percent by weight of milk solids", general 37.2¢/kg + 4.3 %;
        // special "... 3.7¢/kg + 0.4% (P) 4.9¢/kg + 0.5% (CO) ...". 100 kg, 1000.00:
        // CO: 100 × 0.049 = 4.90 + 1000 × 0.5 % = 5.00 -> 9.90. CR (CAFTA-DR, P): 3.70 + 4.00 -> 7.70.
        // DE (general): 37.20 + 43.00 -> 80.20.
        assertThat(due(kilos("1806321600", "CO", "1000.00", "100")).duty()).isEqualTo(usd("9.90"));
        assertThat(due(kilos("1806321600", "CR", "1000.00", "100")).duty()).isEqualTo(usd("7.70"));
        assertThat(due(kilos("1806321600", "DE", "1000.00", "100")).duty()).isEqualTo(usd("80.20"));
    }

    @Test
    void gspLapsedSoIndiaPaysTheGeneralRate() {
        // 2106.90.99 "Other" (food preparations), general 6.4 %, special "Free (A,AU,...)". GSP (A) lapsed on
        // 2020-12-31 and is mapped to no origin: from IN, 1000.00 × 6.4 % = 64.00.
        assertThat(due(line("21069099", "IN", "1000.00")).duty()).isEqualTo(usd("64.00"));
    }

    // ---- column 2 ----

    @Test
    void tShirtsFromCubaAtColumnTwo() {
        // 6109.10.00, column 2 90 %: CU is in column 2. 1000.00 × 90 % = 900.00.
        AmountsDue due = due(line("61091000", "CU", "1000.00"));
        assertThat(due.duty()).isEqualTo(usd("900.00"));
        assertThat(due.items().getFirst().measure()).startsWith("NON_MFN_DUTY US-COL2");
    }

    @Test
    void laptopsFromNorthKoreaAtColumnTwo() {
        // 8471.30.01, general Free, column 2 35 %: KP -> 200.00 × 35 % = 70.00.
        assertThat(due(line("84713001", "KP", "200.00")).duty()).isEqualTo(usd("70.00"));
    }

    @Test
    void scotchFromRussiaAtColumnTwoPerProofLitre() {
        // 2208.30.30 "Irish and Scotch", general Free, column 2 $1.99/pf. liter; RU in column 2 since 2022.
        // 100 proof litres (PFL) × 1.99 = 199.00.
        assertThat(due(withQuantity("22083030", "RU", "5000.00", "100", "PFL")).duty()).isEqualTo(usd("199.00"));
    }

    @Test
    void troutFromBelarusAtColumnTwo() {
        // 0302.11.00 "Trout (Salmo trutta, ...)", general Free, column 2 2.2¢/kg; BY: 1000 kg × 0.022 = 22.00.
        assertThat(due(kilos("03021100", "BY", "4000.00", "1000")).duty()).isEqualTo(usd("22.00"));
    }

    // ---- de minimis (US: 800 USD for LOW_VALUE) ----

    @Test
    void lowValueUnderTheDeMinimisOwesNoDuty() {
        // 6109.10.00 16.5 %, a LOW_VALUE consignment of 500.00 <= 800: no duty.
        assertThat(calc(DeclarationType.LOW_VALUE, "USD", List.of(line("61091000", "CN", "500.00"))).duty()).isEqualTo(usd("0.00"));
    }

    @Test
    void lowValueExactlyAtTheDeMinimisOwesNoDuty() {
        // 800.00 is "at or under" 800: no duty.
        assertThat(calc(DeclarationType.LOW_VALUE, "USD", List.of(line("61091000", "CN", "800.00"))).duty()).isEqualTo(usd("0.00"));
    }

    @Test
    void lowValueOneCentOverTheDeMinimisOwesFullDuty() {
        // 800.01 > 800: 800.01 × 16.5 % = 132.00165 -> 132.00.
        assertThat(calc(DeclarationType.LOW_VALUE, "USD", List.of(line("61091000", "CN", "800.01"))).duty()).isEqualTo(usd("132.00"));
    }

    @Test
    void deMinimisIsOnTheConsignmentTotalNotEachItem() {
        // Two items of 6109.10.00 at 500.00 each: total 1000.00 > 800, so each owes 82.50; duty 165.00.
        assertThat(calc(DeclarationType.LOW_VALUE, "USD", List.of(line("61091000", "CN", "500.00"),
                new DutyRequest.Line(2, "61091000", "CN", new BigDecimal("500.00"), null, null))).duty()).isEqualTo(usd("165.00"));
    }

    // ---- currency conversion ----

    @Test
    void euroInvoiceConvertedAtTheEcbRate() {
        // 6109.10.00 16.5 %, invoice 1000.00 EUR; 2024-07-01 1 EUR = 1.0745 USD: value 1074.50; duty 177.2925 -> 177.29.
        AmountsDue due = calc(DeclarationType.IMPORT, "EUR", List.of(line("61091000", "CN", "1000.00")));
        assertThat(due.items().getFirst().customsValue()).isEqualTo(usd("1074.50"));
        assertThat(due.duty()).isEqualTo(usd("177.29"));
        assertThat(due.exchangeRate().rate()).isEqualByComparingTo("1.0745");
        assertThat(due.exchangeRate().publishedOn()).isEqualTo(D);
    }

    @Test
    void yuanInvoiceCrossRateThroughTheEuro() {
        // 4011.10.10 4 %, invoice 10000.00 CNY: 1 CNY = 1.0745 / 7.8097 = 0.1375853105753102 USD;
        // value 1375.853... -> 1375.85; duty 55.034 -> 55.03.
        AmountsDue due = calc(DeclarationType.IMPORT, "CNY", List.of(line("40111010", "CN", "10000.00")));
        assertThat(due.items().getFirst().customsValue()).isEqualTo(usd("1375.85"));
        assertThat(due.duty()).isEqualTo(usd("55.03"));
    }

    @Test
    void poundInvoiceOnASaturdayTakesFridaysRate() {
        // 6109.10.00 16.5 %, invoice 500.00 GBP dated Saturday 2024-06-29: Friday 2024-06-28's rates apply
        // (1 EUR = 1.0705 USD = 0.84638 GBP): 1 GBP = 1.264798317540585 USD; value 632.40; duty 104.346 -> 104.35.
        AmountsDue due = US.calculate(new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("GBP"), Incoterm.FOB, null, null,
                List.of(line("61091000", "CN", "500.00"))), LocalDate.of(2024, 6, 29)) instanceof DutyCalculation.Calculated(var a) ? a : null;
        assertThat(due).isNotNull();
        assertThat(due.exchangeRate().publishedOn()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(due.items().getFirst().customsValue()).isEqualTo(usd("632.40"));
        assertThat(due.duty()).isEqualTo(usd("104.35"));
    }

    // ---- VAT base (the HTS lines under settings with VAT, as another administration would configure) ----

    @Test
    void vatOnCustomsValuePlusDuty() {
        // 6109.10.00 16.5 % on 1000.00 = 165.00; VAT 20 % on (1000.00 + 165.00) = 233.00; total 398.00.
        AmountsDue due = withVat(true).calculate(new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("USD"), Incoterm.FOB,
                null, null, List.of(line("61091000", "CN", "1000.00"))), D) instanceof DutyCalculation.Calculated(var a) ? a : null;
        assertThat(due.vat()).isEqualTo(usd("233.00"));
        assertThat(due.total()).isEqualTo(usd("398.00"));
    }

    @Test
    void vatOnCustomsValueOnly() {
        // Same line, VAT base = customs value: 20 % × 1000.00 = 200.00; total 365.00.
        AmountsDue due = withVat(false).calculate(new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("USD"), Incoterm.FOB,
                null, null, List.of(line("61091000", "CN", "1000.00"))), D) instanceof DutyCalculation.Calculated(var a) ? a : null;
        assertThat(due.vat()).isEqualTo(usd("200.00"));
        assertThat(due.total()).isEqualTo(usd("365.00"));
    }

    // ---- valuation ----

    @Test
    void cifInvoiceOnTheFobBasisHasFreightTakenOff() {
        // 6109.10.00 16.5 %; invoice 1100.00 CIF with freight 90.00 and insurance 10.00: FOB value 1000.00; duty 165.00.
        var r = new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("USD"), Incoterm.CIF, usd("90.00"), usd("10.00"),
                List.of(line("61091000", "CN", "1100.00")));
        AmountsDue due = US.calculate(r, D) instanceof DutyCalculation.Calculated(var a) ? a : null;
        assertThat(due.items().getFirst().customsValue()).isEqualTo(usd("1000.00"));
        assertThat(due.duty()).isEqualTo(usd("165.00"));
    }

    @Test
    void cifInvoiceWithoutFreightIsAProblem() {
        var r = new DutyRequest(DeclarationType.IMPORT, new CurrencyCode("USD"), Incoterm.CIF, null, null, List.of(line("61091000", "CN", "1100.00")));
        assertThat(codes(US.calculate(r, D))).containsExactly("VALUATION_COSTS_MISSING");
    }

    // ---- bad input: each a precise problem ----

    @Test
    void unknownCode() {
        assertThat(problems(line("99999999", "CN", "10.00"))).extracting(Problem::code).containsExactly("TARIFF_CODE_UNKNOWN");
    }

    @Test
    void subheadingWithLinesOfDifferentRatesIsNotDeclarable() {
        // 6109.90 has 6109.90.10 (32 %) and 6109.90.80 (16 %): the declarant must choose.
        List<Problem> p = problems(line("610990", "CN", "10.00"));
        assertThat(p).extracting(Problem::code).containsExactly("TARIFF_CODE_NOT_DECLARABLE");
        assertThat(p.getFirst().message()).contains("declare one of 610990");
    }

    @Test
    void subheadingWhoseLinesShareOneRateIsDeclarable() {
        // 6109.10 holds only 6109.10.00 (16.5 %) and its statistical suffixes: 100.00 -> 16.50.
        assertThat(due(line("610910", "CN", "100.00")).duty()).isEqualTo(usd("16.50"));
    }

    @Test
    void specificDutyWithoutAQuantity() {
        // 0407.21.00 is 2.8¢/doz.: without a count there is no amount.
        assertThat(problems(line("04072100", "GB", "300.00"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNIT_QUANTITY_MISSING");
            assertThat(p.path()).isEqualTo("items[0].quantity");
        });
    }

    @Test
    void watchDutyOnTheCaseNeedsTheCaseValue() {
        // 9102.21.50 "$1.75 each + 4.8% on the case + 2.2% on the strap, band or bracelet".
        assertThat(problems(withQuantity("91022150", "CH", "300.00", "10", "NAR"))).extracting(Problem::code)
                .containsExactly("COMPONENT_VALUE_MISSING");
    }

    @Test
    void unknownCurrency() {
        assertThat(codes(US.calculate(request("ABC", line("61091000", "CN", "10.00")), D))).containsExactly("CURRENCY_UNKNOWN");
    }

    @Test
    void dateWithNoExchangeRate() {
        assertThat(codes(US.calculate(request("EUR", line("61091000", "CN", "10.00")), LocalDate.of(1998, 12, 31))))
                .containsExactly("EXCHANGE_RATE_MISSING");
    }

    @Test
    void dateBeforeTheTariffIsInForce() {
        assertThat(codes(US.calculate(request("USD", line("61091000", "CN", "10.00")), LocalDate.of(2023, 12, 31))))
                .containsExactly("TARIFF_NO_DUTY_MEASURE");
    }

    // ---- helpers ----

    private static TariffDutyCalculator withVat(boolean onDuty) {
        TariffSettings s = HTS.settings();
        TariffSettings vat = new TariffSettings("us-hts-with-vat", "HTS lines with a 20 % VAT", s.country(), s.currency(), s.valuationBasis(),
                new BigDecimal("0.20"), onDuty, s.dutyDeMinimis(), BigDecimal.ZERO, Set.of(DeclarationType.LOW_VALUE), s.lowValueCeiling());
        return new TariffDutyCalculator(new Tariff(vat, new ArrayList<>(HTS.lines()), HTS.groups(), false, "test"), REFERENCE);
    }

    static DutyRequest.Line line(String code, String origin, String value) {
        return new DutyRequest.Line(1, code, origin, new BigDecimal(value), null, null);
    }

    static DutyRequest.Line withQuantity(String code, String origin, String value, String quantity, String unit) {
        return new DutyRequest.Line(1, code, origin, new BigDecimal(value), new Quantity(new BigDecimal(quantity), unit), null);
    }

    static DutyRequest.Line kilos(String code, String origin, String value, String kg) {
        return new DutyRequest.Line(1, code, origin, new BigDecimal(value), null, new BigDecimal(kg));
    }

    static DutyRequest request(String currency, DutyRequest.Line... lines) {
        return new DutyRequest(DeclarationType.IMPORT, new CurrencyCode(currency), Incoterm.FOB, null, null, List.of(lines));
    }

    static AmountsDue due(DutyRequest.Line line) {
        return calc(DeclarationType.IMPORT, "USD", List.of(line));
    }

    static AmountsDue calc(DeclarationType type, String currency, List<DutyRequest.Line> lines) {
        return switch (US.calculate(new DutyRequest(type, new CurrencyCode(currency), Incoterm.FOB, null, null, lines), D)) {
            case DutyCalculation.Calculated(var amounts) -> amounts;
            case DutyCalculation.NotCalculable(var problems) -> throw new AssertionError(problems.toString());
        };
    }

    static List<Problem> problems(DutyRequest.Line line) {
        return switch (US.calculate(request("USD", line), D)) {
            case DutyCalculation.Calculated(var amounts) -> throw new AssertionError("expected problems, got " + amounts);
            case DutyCalculation.NotCalculable(var problems) -> problems;
        };
    }

    static List<String> codes(DutyCalculation c) {
        return c instanceof DutyCalculation.NotCalculable(var p) ? p.stream().map(Problem::code).toList() : List.of("CALCULATED " + c);
    }

    static Money usd(String amount) { return Money.of(amount, "USD"); }
}
