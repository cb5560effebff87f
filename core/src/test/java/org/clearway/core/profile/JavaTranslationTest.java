package org.clearway.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.profile.JavaExpression.ERROR;
import static org.clearway.core.profile.JavaExpression.FALSE;
import static org.clearway.core.profile.JavaExpression.TRUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.risk.Lane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expressions compiled to Java must answer exactly as CEL's interpreter does: true, false or an
 * error, on every declaration, including items with fields absent, divisions by zero and errors
 * absorbed by {@code &&}, {@code ||}, {@code exists} and {@code all}.
 */
class JavaTranslationTest {
    // netMass absent on the second item (so valuePerKg too), zero on the third; no value on the fourth
    private static final DeclarationFacts FACTS = DeclarationFacts.of(declaration(List.of(
            item("610910", "CN", "15", "10", "NAR"), item("847130", "VN", "900", null, "NAR"),
            item("620342", "CN", "40", "0", null), item("940360", "TR", null, "5", "KGM")), "GB000084", true, TransportMode.AIR));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', textBlock = """
            hsCodes.exists(h, h.startsWith("61")) && "CN" in origins ; TRUE
            items.exists(i, i.heading == "8471" && i.valuePerKg < 2.0) ; ERROR
            items.exists(i, i.heading == "6109" && i.valuePerKg < 2.0) ; TRUE
            items.exists(i, i.valuePerKg < 0.5) ; ERROR
            items.exists(i, has(i.valuePerKg) && i.valuePerKg < 0.5) ; FALSE
            items.all(i, i.value > 1.0) ; ERROR
            items.all(i, i.value > 20.0) ; FALSE
            items.exists(i, i.value / i.netMass > 1000.0) ; TRUE
            items.exists(i, i.value / 0.0 < 0.0) ; ERROR
            items.exists(i, has(i.value) && 0.0 / i.netMass >= 0.0) ; TRUE
            items.all(i, !has(i.value) || i.value / i.netMass > 1.0) ; ERROR
            items.exists(i, has(i.netMass) && has(i.value) && i.value / i.netMass > 1e300) ; TRUE
            false && items[0].valuePerKg < 1.0 ; FALSE
            items.exists(i, i.valuePerKg < 1.0) || true ; TRUE
            true || items.exists(i, i.valuePerKg < 1.0) ; TRUE
            !items.exists(i, i.valuePerKg < 1.0) ; ERROR
            items.exists(i, i.unit == "KGM") ; TRUE
            items.exists(i, i.preference == "100") ; ERROR
            has(items[0].value) ; TRUE
            items.exists(i, has(i.nothing)) ; FALSE
            items.exists(i, i.nothing == "x") ; ERROR
            items.exists(i, i["origin"] in ["TR", "BD"]) ; TRUE
            mode == "AIR" && aeo && size(items) >= 4 && items.size() != 3 ; TRUE
            invoiceTotal > 955.0 || invoiceTotal <= -1.0 ; FALSE
            -invoiceTotal < -954.5 ; TRUE
            office.startsWith("GB") && office.endsWith("84") && office.contains("0008") ; TRUE
            exporterCountry in ["CN"] && importerCountry == "GB" && exporter == "" ; TRUE
            (office == "x") == aeo ; FALSE
            origins.exists(o, hsCodes.exists(h, h.startsWith("62") && o == "TR")) ; TRUE
            items.exists(i, i.value > 5) ; ERROR
            items.exists(i, i.hs < 2.0) ; ERROR
            items.exists(i, i.value == 15.0) ; TRUE
            """)
    void theJavaFormAnswersAsCelDoes(String expression, String expected) {
        CompiledProfile p = SampleDeclarations.compiled(1, SampleDeclarations.profile(expression, Lane.RED));
        int want = switch (expected) {
            case "TRUE" -> TRUE;
            case "FALSE" -> FALSE;
            default -> ERROR;
        };
        assertThat(p.interpretedOutcome(FACTS)).as("CEL").isEqualTo(want);
        if (p.compiledToJava()) assertThat(p.javaOutcome(FACTS)).as("Java").isEqualTo(want);
        assertThat(p.evaluate(FACTS)).isEqualTo(want == TRUE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            hsCodes.exists(h, h.startsWith("6109")) && "CN" in origins ; true
            items.exists(i, i.heading == "8471" && i.valuePerKg < 2.0) ; true
            declarant == "GB100000000001" && invoiceTotal > 1000.0 ; true
            !aeo && invoiceTotal > 200000.0 ; true
            items.exists(i, i.value / i.netMass > 1000.0) ; true
            items.exists(i, i.value > 5) ; false
            items.exists(i, i.value == 15.0) ; false
            items.exists_one(i, i.origin == "CN") ; false
            items.map(i, i.origin).size() > 2 ; false
            office.matches("GB0+84") ; false
            office < "GB1" ; false
            size(items) > 1 ? aeo : !aeo ; false
            """)
    void theShapesAnalystsWriteAreCompiledAndTheRestStayInCel(String expression, boolean java) {
        assertThat(SampleDeclarations.compiled(1, SampleDeclarations.profile(expression, Lane.RED)).compiledToJava()).isEqualTo(java);
    }

    /** Generated expressions over generated declarations: the Java form and CEL give the same outcome every time. */
    @Test
    void generatedProfilesAnswerAlikeOnGeneratedDeclarations() {
        Random r = new Random(20261128);
        List<CompiledProfile> profiles = new ArrayList<>();
        int refused = 0;
        while (profiles.size() < 600) {
            String expr = new Generator(r).condition(0);
            switch (ProfileLanguage.compile(new ProfileVersion(1, 1, SampleDeclarations.profile(expr, Lane.RED)))) {
                case Compiled.Ok(var p) -> profiles.add(p);
                case Compiled.Refused(var errors) -> refused++;
            }
        }
        long java = profiles.stream().filter(CompiledProfile::compiledToJava).count();
        assertThat(java).as("most generated profiles are in the shapes compiled to Java").isGreaterThan(350);
        assertThat(refused).as("the generator writes mostly valid CEL").isLessThan(600);
        int[] outcomes = new int[3];
        for (int n = 0; n < 300; n++) {
            DeclarationFacts facts = DeclarationFacts.of(randomDeclaration(r));
            for (CompiledProfile p : profiles) {
                int cel = p.interpretedOutcome(facts);
                if (p.compiledToJava()) {
                    assertThat(p.javaOutcome(facts)).as("%s on declaration %d", p.version().definition().expression(), n).isEqualTo(cel);
                    outcomes[cel]++;
                }
                assertThat(p.evaluate(facts)).isEqualTo(cel == TRUE);
            }
        }
        // not vacuous: every outcome occurs often
        for (int o = 0; o < 3; o++) assertThat(outcomes[o]).as("outcome %d", o).isGreaterThan(1_000);
    }

    /** Writes random CEL in the shapes analysts use, with some that stay in CEL and some ill-typed. */
    private record Generator(Random r) {
        private static final String[] TEXTS = {"\"\"", "\"6\"", "\"61\"", "\"6109\"", "\"CN\"", "\"VN\"", "\"GB000084\"", "\"AIR\"", "\"IMPORT\"", "\"NAR\"", "\"goods\""};
        private static final String[] TEXT_VARS = {"type", "office", "declarant", "importer", "exporter", "importerCountry", "exporterCountry", "mode", "currency"};
        private static final String[] ITEM_TEXTS = {"hs", "chapter", "heading", "origin", "description", "procedure", "preference", "unit"};
        private static final String[] ITEM_NUMBERS = {"netMass", "grossMass", "value", "valuePerKg", "quantity"};
        private static final String[] NUMBERS = {"0.0", "-0.0", "1.0", "2.5", "10.0", "100.0", "1000.0", "1e308", "-3.0"};

        String condition(int depth) {
            return condition(depth, null, false);
        }

        /** {@code v}: the loop variable in reach (null for none), {@code item}: whether it is an item. */
        private String condition(int depth, String v, boolean item) {
            int pick = r.nextInt(depth > 3 ? 7 : 14);
            return switch (pick) {
                case 0, 1 -> text(v, item) + pickOf(" == ", " != ") + text(v, item);
                case 2 -> text(v, item) + pickOf(".startsWith(", ".endsWith(", ".contains(") + text(v, item) + ")";
                case 3, 4 -> number(v, item, 0) + pickOf(" < ", " <= ", " > ", " >= ", " < ", " == ") + number(v, item, 0);
                case 5 -> text(v, item) + " in " + pickOf("origins", "hsCodes", "[" + pickOf(TEXTS) + ", " + pickOf(TEXTS) + "]", "[]");
                case 6 -> pickOf("aeo", "true", "false", "size(items) >= " + r.nextInt(4), "hsCodes.size() == " + r.nextInt(4),
                        item ? "has(" + v + "." + pickOf(pickOf(ITEM_NUMBERS), pickOf(ITEM_TEXTS), "nothing") + ")" : "!aeo");
                case 7, 8 -> "(" + condition(depth + 1, v, item) + pickOf(" && ", " || ") + condition(depth + 1, v, item) + ")";
                case 9 -> "!(" + condition(depth + 1, v, item) + ")";
                case 10, 11 -> {
                    String w = "x" + depth;
                    String over = pickOf("items", "items", "hsCodes", "origins");
                    yield over + pickOf(".exists(", ".all(", ".exists(") + w + ", " + condition(depth + 1, w, over.equals("items")) + ")";
                }
                case 12 -> "(" + condition(depth + 1, v, item) + ") == (" + condition(depth + 1, v, item) + ")";
                default -> number(v, item, 0) + " > " + pickOf("5", "0") ; // int against double: refused, or left to CEL
            };
        }

        private String text(String v, boolean item) {
            int pick = r.nextInt(v == null ? 2 : 4);
            return switch (pick) {
                case 0 -> pickOf(TEXTS);
                case 1 -> pickOf(TEXT_VARS);
                default -> item ? (r.nextBoolean() ? v + "." + pickOf(ITEM_TEXTS) : v + "[\"" + pickOf(ITEM_TEXTS) + "\"]") : v;
            };
        }

        private String number(String v, boolean item, int depth) {
            int pick = r.nextInt(depth > 1 ? 3 : 6);
            return switch (pick) {
                case 0 -> pickOf(NUMBERS);
                case 1 -> "invoiceTotal";
                case 2 -> item ? v + "." + pickOf(ITEM_NUMBERS) : pickOf(NUMBERS);
                case 3, 4 -> "(" + number(v, item, depth + 1) + pickOf(" + ", " - ", " * ", " / ", " / ") + number(v, item, depth + 1) + ")";
                default -> "-" + number(v, item, depth + 1);
            };
        }

        private String pickOf(String... options) { return options[r.nextInt(options.length)]; }
    }

    private static Declaration randomDeclaration(Random r) {
        String[] hs = {"610910", "620342", "847130", "6109", "8471300010", "940360"};
        String[] origins = {"CN", "VN", "TR", "GB"};
        List<GoodsItem> items = new ArrayList<>();
        int lines = r.nextInt(5);
        for (int k = 0; k < lines; k++) {
            String kg = switch (r.nextInt(5)) {
                case 0 -> null;
                case 1 -> "0";
                default -> String.valueOf(1 + r.nextInt(100));
            };
            String value = r.nextInt(6) == 0 ? null : r.nextInt(8) == 0 ? "0" : String.valueOf(r.nextInt(2000));
            GoodsItem it = new GoodsItem(k + 1, r.nextInt(8) == 0 ? null : new HsCode(hs[r.nextInt(hs.length)]),
                    r.nextInt(4) == 0 ? null : "goods", r.nextInt(8) == 0 ? null : new CountryCode(origins[r.nextInt(origins.length)]),
                    r.nextInt(3) == 0 ? null : new Quantity(BigDecimal.valueOf(r.nextInt(20)), r.nextBoolean() ? "NAR" : "KGM"),
                    kg == null ? null : new BigDecimal(kg), r.nextBoolean() ? null : BigDecimal.TEN, value == null ? null : new BigDecimal(value),
                    r.nextBoolean() ? "4000" : null, r.nextInt(3) == 0 ? "100" : null);
            items.add(it);
        }
        return declaration(items, r.nextBoolean() ? "GB000084" : "GB000060", r.nextBoolean(), r.nextBoolean() ? TransportMode.AIR : TransportMode.SEA);
    }

    private static GoodsItem item(String hs, String origin, String value, String kg, String unit) {
        return new GoodsItem(1, new HsCode(hs), "goods", new CountryCode(origin), unit == null ? null : new Quantity(BigDecimal.ONE, unit),
                kg == null ? null : new BigDecimal(kg), null, value == null ? null : new BigDecimal(value), "4000", null);
    }

    private static Declaration declaration(List<GoodsItem> items, String office, boolean aeo, TransportMode mode) {
        BigDecimal total = BigDecimal.ZERO;
        for (GoodsItem i : items) if (i.value() != null) total = total.add(i.value());
        Party declarant = new Party(new PartyId("GB100000000001"), "Northwind Imports Ltd", new Address("1 High St", "Dover", "CT16 1AA", new CountryCode("GB")));
        Party exporter = new Party(null, "Shenzhen Export Co", new Address("9 Road", "Shenzhen", "518000", new CountryCode("CN")));
        return new Declaration(DeclarationType.IMPORT, new Lrn("LRN-1"), null, declarant, declarant, exporter, null, null,
                new Invoice(new Money(total, new CurrencyCode("GBP")), LocalDate.of(2026, 3, 1)), null,
                new Transport(mode, "EVER GIVEN", office, null, null, LocalDate.of(2026, 3, 10)), items, List.of(), aeo ? List.of("GBAEOC1") : List.of());
    }
}
