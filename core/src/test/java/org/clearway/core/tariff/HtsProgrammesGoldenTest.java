package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.tariff.HtsGoldenTest.D;
import static org.clearway.core.tariff.HtsGoldenTest.HTS;
import static org.clearway.core.tariff.HtsGoldenTest.REFERENCE;
import static org.clearway.core.tariff.HtsGoldenTest.US;
import static org.clearway.core.tariff.HtsGoldenTest.kilos;
import static org.clearway.core.tariff.HtsGoldenTest.line;
import static org.clearway.core.tariff.HtsGoldenTest.request;
import static org.clearway.core.tariff.HtsGoldenTest.usd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden duties for the HTS special programmes mapped to their beneficiaries (groups.csv: GSP A, A+,
 * A*; AGOA D; CBERA E) and for a chapter 99 additional duty (measures.csv beside the HTS CSV). Each
 * from a real line of the HTS 2024, worked by hand. IMPORT, USD, FOB, 2024-07-01 unless said otherwise.
 * GSP lapsed on 2020-12-31 and was not renewed in 2024: its rates apply to no origin then; a test
 * tariff with the programme renewed shows the same lines when it is in force.
 */
class HtsProgrammesGoldenTest {
    /** The HTS with GSP renewed (its groups without an end date), as Congress has done retroactively before. */
    static final TariffDutyCalculator GSP_RENEWED = new TariffDutyCalculator(renewed(), REFERENCE);

    // ---- AGOA (D) and CBERA (E): in force in 2024 ----

    @Test
    void birdsOfPreyFromKenyaAreFreeUnderAgoa() {
        // 0106.31.00.00 "Birds of prey", general 1.8 %, special "Free (A,AU,BH,CL,CO,D,E,IL,JO,...)". KE is an AGOA
        // beneficiary in 2024: Free instead of 1000.00 × 1.8 % = 18.00.
        AmountsDue due = ok(US.calculate(request("USD", line("0106310000", "KE", "1000.00")), D));
        assertThat(due.duty()).isEqualTo(usd("0.00"));
        assertThat(due.items().getFirst().measure()).startsWith("PREFERENTIAL_DUTY US-D (HTS special programme D)");
    }

    @Test
    void birdsOfPreyFromJamaicaAreFreeUnderCbera() {
        // Same line; JM is a CBERA beneficiary (programme E): Free.
        AmountsDue due = ok(US.calculate(request("USD", line("0106310000", "JM", "1000.00")), D));
        assertThat(due.duty()).isEqualTo(usd("0.00"));
        assertThat(due.items().getFirst().measure()).startsWith("PREFERENTIAL_DUTY US-E");
    }

    @Test
    void ugandaLostAgoaOnTheFirstOf2024() {
        // Same line; UG's AGOA designation ended on 2024-01-01 and GSP (A) has lapsed: 1000.00 × 1.8 % = 18.00.
        assertThat(ok(US.calculate(request("USD", line("0106310000", "UG", "1000.00")), D)).duty()).isEqualTo(usd("18.00"));
    }

    @Test
    void agoaEndsWithItsAuthorisation() {
        // Same line from KE on 2025-10-01, after AGOA's authorisation ran out (2025-09-30): the general 1.8 % = 18.00.
        assertThat(ok(US.calculate(request("USD", line("0106310000", "KE", "1000.00")), LocalDate.of(2025, 10, 1))).duty())
                .isEqualTo(usd("18.00"));
    }

    @Test
    void setScrewsFromSouthAfricaUnderAgoa() {
        // 7318.15.80.20 "Set screws" (7318.15.80 general 8.5 %, special "Free (A*,AU,B,BH,CL,CO,D,E,...)"): ZA is an
        // AGOA beneficiary: Free instead of 2500.00 × 8.5 % = 212.50.
        assertThat(ok(US.calculate(request("USD", line("7318158020", "ZA", "2500.00")), D)).duty()).isEqualTo(usd("0.00"));
    }

    // ---- GSP (A, A+, A*): lapsed in 2024 ----

    @Test
    void gspLapsedSoThePhilippinesPayTheGeneralRate() {
        // 0106.31.00.00, general 1.8 %; PH is a GSP (A) beneficiary, but GSP lapsed on 2020-12-31: 1000.00 × 1.8 % = 18.00.
        assertThat(ok(US.calculate(request("USD", line("0106310000", "PH", "1000.00")), D)).duty()).isEqualTo(usd("18.00"));
    }

    @Test
    void gspRenewedTheyWouldBeFree() {
        // The same with GSP in force: Free under A.
        AmountsDue due = ok(GSP_RENEWED.calculate(request("USD", line("0106310000", "PH", "1000.00")), D));
        assertThat(due.duty()).isEqualTo(usd("0.00"));
        assertThat(due.items().getFirst().measure()).startsWith("PREFERENTIAL_DUTY US-A ");
    }

    @Test
    void paperWrappedCigarettesFromNepalLeastDevelopedOnly() {
        // 2402.20.80.00 "Paper-wrapped", general $1.05/kg + 2.3 %, special "Free (A+,AU,BH,...,D,E,...)": only the
        // least-developed GSP beneficiaries (A+). From NP, 10 kg, 1000.00: GSP lapsed, so 10 × 1.05 + 1000.00 × 2.3 %
        // = 10.50 + 23.00 = 33.50. GSP renewed: Free under A+. From PH (a beneficiary, not least-developed): 33.50 either way.
        assertThat(ok(US.calculate(request("USD", kilos("2402208000", "NP", "1000.00", "10")), D)).duty()).isEqualTo(usd("33.50"));
        AmountsDue renewed = ok(GSP_RENEWED.calculate(request("USD", kilos("2402208000", "NP", "1000.00", "10")), D));
        assertThat(renewed.duty()).isEqualTo(usd("0.00"));
        assertThat(renewed.items().getFirst().measure()).startsWith("PREFERENTIAL_DUTY US-A+");
        assertThat(ok(GSP_RENEWED.calculate(request("USD", kilos("2402208000", "PH", "1000.00", "10")), D)).duty()).isEqualTo(usd("33.50"));
    }

    @Test
    void aStarAppliesOnlyWhereNoExclusionCanReach() {
        // 7318.15.80.20, general 8.5 %, special "A*": GSP except the beneficiaries General Note 4(d) excludes for this
        // heading, a list the CSV does not carry. With GSP renewed: NP (least developed, never excluded) Free; TH
        // (a beneficiary that could be excluded) pays the general rate, 1000.00 × 8.5 % = 85.00, rather than risk too little.
        assertThat(ok(GSP_RENEWED.calculate(request("USD", line("7318158020", "NP", "1000.00")), D)).duty()).isEqualTo(usd("0.00"));
        assertThat(ok(GSP_RENEWED.calculate(request("USD", line("7318158020", "TH", "1000.00")), D)).duty()).isEqualTo(usd("85.00"));
        assertThat(ok(US.calculate(request("USD", line("7318158020", "NP", "1000.00")), D)).duty()).isEqualTo(usd("85.00"));
    }

    // ---- chapter 99: an additional duty stacked on the line's own ----

    @Test
    void woodenFurnitureFromChinaPaysSection301OnTopOfTheGeneralRate() {
        // 9403.60.80.81 "Other" wooden furniture, 9403.60.80 general Free; products of China of 9403.60.80 are on
        // Section 301 List 3 (heading 9903.88.03: "the duty provided in the applicable subheading + 25 %").
        // 4000.00 × 0 + 4000.00 × 25 % = 1000.00.
        AmountsDue due = ok(US.calculate(request("USD", line("9403608081", "CN", "4000.00")), D));
        assertThat(due.duty()).isEqualTo(usd("1000.00"));
        ItemAmounts item = due.items().getFirst();
        assertThat(item.measure()).startsWith("THIRD_COUNTRY_DUTY 1011").contains(" + ADDITIONAL_DUTY CN").contains("9903.88.03");
        assertThat(item.dutyExpression()).isEqualTo("Free + 25%");
    }

    @Test
    void woodenFurnitureFromVietnamHasNoAdditionalDuty() {
        // Same line from VN: the Section 301 duty is for products of China only: Free.
        assertThat(ok(US.calculate(request("USD", line("9403608081", "VN", "4000.00")), D)).duty()).isEqualTo(usd("0.00"));
    }

    @Test
    void theAdditionalDutyShowsInTheLookup() {
        TariffLookup.Found f = (TariffLookup.Found) HTS.lookup("9403608081");
        assertThat(HTS.applicable(f.measures(), "CN", D)).extracting(Measure::type)
                .containsExactly(MeasureType.THIRD_COUNTRY_DUTY, MeasureType.ADDITIONAL_DUTY);
        assertThat(HTS.applicable(f.measures(), "VN", D)).extracting(Measure::type).containsExactly(MeasureType.THIRD_COUNTRY_DUTY);
        // From CU, column 2 (40 %) replaces the general rate and no additional duty applies: 100.00 × 40 % = 40.00.
        assertThat(ok(US.calculate(request("USD", line("9403608081", "CU", "100.00")), D)).duty()).isEqualTo(usd("40.00"));
    }

    private static Tariff renewed() {
        Map<String, OriginGroup> groups = new HashMap<>(HTS.groups());
        for (String id : new String[] {"US-A", "US-A+", "US-A*"}) {
            OriginGroup g = groups.get(id);
            groups.put(id, new OriginGroup(g.id(), g.description(), g.members()));
        }
        return new Tariff(HTS.settings(), new ArrayList<>(HTS.lines()), groups, false, "HTS 2024 with GSP renewed (test)");
    }

    private static AmountsDue ok(DutyCalculation c) {
        return switch (c) {
            case DutyCalculation.Calculated(var a) -> a;
            case DutyCalculation.NotCalculable(var p) -> throw new AssertionError(p.toString());
        };
    }
}
