package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.UnLocode;
import org.clearway.core.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationJsonCodecTest {
    private final DeclarationJsonCodec codec = new DeclarationJsonCodec();

    static Declaration ok(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok) decoded).declaration();
    }

    static List<Problem> problems(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Invalid.class);
        return ((Decoded.Invalid) decoded).problems();
    }

    private Decoded decode(String json) {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The import example with one piece of text replaced (the change must match exactly once). */
    private Decoded importWith(String from, String to) {
        String json = Examples.text("import-valid.json");
        assertThat(json.indexOf(from)).as(from).isNotNegative().isEqualTo(json.lastIndexOf(from));
        return decode(json.replace(from, to));
    }

    private static void onlyProblem(Decoded decoded, String code, String path) {
        assertThat(problems(decoded)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.path()).isEqualTo(path);
        });
    }

    @Test
    void theImportExampleDecodesWithEveryValueAsWritten() {
        Declaration d = ok(codec.decode(Examples.bytes("import-valid.json")));
        assertThat(d.type()).isEqualTo(DeclarationType.IMPORT);
        assertThat(d.lrn().value()).isEqualTo("NWI-2026-0042");
        assertThat(d.declarant().id()).isEqualTo(new PartyId("GB100000000001"));
        assertThat(d.declarant().name()).isEqualTo("Northwind Imports Ltd");
        assertThat(d.importer().address().country()).isEqualTo(new CountryCode("GB"));
        assertThat(d.exporter().id()).isNull();
        assertThat(d.invoice().total()).isEqualTo(Money.of("16450.00", "USD"));
        assertThat(d.invoice().date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(d.incoterm()).isEqualTo(Incoterm.FOB);
        assertThat(d.transport().mode()).isEqualTo(TransportMode.SEA);
        assertThat(d.transport().customsOffice()).isEqualTo("GBFXT001");
        assertThat(d.transport().loadingLocation()).isEqualTo(new UnLocode("CNSHG"));
        assertThat(d.transport().unloadingLocation()).isEqualTo(new UnLocode("GBFXT"));
        assertThat(d.items()).hasSize(2);
        GoodsItem first = d.items().getFirst();
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.hsCode()).isEqualTo(new HsCode("847130"));
        assertThat(first.quantity()).isEqualTo(new Quantity(new BigDecimal("100"), "NAR"));
        assertThat(first.netMass()).isEqualTo(new BigDecimal("250.0"));
        assertThat(first.value()).isEqualTo(new BigDecimal("12500.00"));
        assertThat(first.procedureCode()).isEqualTo("4000");
        assertThat(d.items().stream().map(GoodsItem::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(d.invoice().total().amount());
        assertThat(d.documents()).hasSize(2);
        assertThat(d.aeoAuthorisations()).containsExactly("GBAEOC100000000001");
    }

    @Test
    void theExportExampleHasNoOriginsAndAnExportOffice() {
        Declaration d = ok(codec.decode(Examples.bytes("export-valid.json")));
        assertThat(d.type()).isEqualTo(DeclarationType.EXPORT);
        assertThat(d.exporter().id()).isEqualTo(new PartyId("GB100000000001"));
        assertThat(d.importer().address().country()).isEqualTo(new CountryCode("US"));
        assertThat(d.invoice().total()).isEqualTo(Money.of("8400.00", "GBP"));
        assertThat(d.transport().customsOffice()).isEqualTo("GBLHR001");
        assertThat(d.items()).allSatisfy(i -> assertThat(i.origin()).isNull());
    }

    @Test
    void theLowValueExampleIsAParcelToAPrivatePerson() {
        Declaration d = ok(codec.decode(Examples.bytes("lowvalue-valid.json")));
        assertThat(d.type()).isEqualTo(DeclarationType.LOW_VALUE);
        assertThat(d.consignee().id()).isNull();
        assertThat(d.consignee().name()).isEqualTo("Jane Smith");
        assertThat(d.invoice().total()).isEqualTo(Money.of("89.90", "USD"));
        assertThat(d.transport().mode()).isEqualTo(TransportMode.AIR);
        assertThat(d.items()).singleElement().satisfies(i -> assertThat(i.netMass()).isNull());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "invalid-malformed.json     | JSON_MALFORMED | ''",
            "invalid-wrong-type.json    | TYPE_MISMATCH  | items",
            "invalid-unknown-field.json | UNKNOWN_FIELD  | items[0].weight",
            "invalid-bad-enum.json      | INVALID_VALUE  | type"})
    void eachCodecLevelExampleGivesExactlyItsProblem(String file, String code, String path) {
        onlyProblem(codec.decode(Examples.bytes(file)), code, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid-hs-unknown.json", "invalid-hs-not-declarable.json", "invalid-country-unknown.json",
            "invalid-currency-unknown.json", "invalid-location-unknown.json", "invalid-missing-importer.json",
            "invalid-mass-not-positive.json", "invalid-net-exceeds-gross.json", "invalid-invoice-mismatch.json",
            "invalid-date-future.json", "invalid-lowvalue-ceiling.json"})
    void examplesThatOnlyTheValidatorRefusesDecode(String file) {
        ok(codec.decode(Examples.bytes(file)));
    }

    @Test
    void malformedJsonSaysWhere() {
        Problem p = problems(codec.decode(Examples.bytes("invalid-malformed.json"))).getFirst();
        assertThat(p.message()).containsPattern("line \\d+, column \\d+");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String json = Examples.text("import-valid.json")
                .replace("\"IMPORT\"", "\"IMPROT\"")
                .replace("\"incoterm\": \"FOB\"", "\"incoterm\": \"XYZ\"")
                .replace("\"mode\": 1", "\"mode\": 6");
        List<Problem> problems = problems(decode(json));
        assertThat(problems).extracting(Problem::path).containsExactly("type", "incoterm", "transport.mode");
        assertThat(problems).extracting(Problem::code).containsOnly(JsonCodes.INVALID_VALUE);
        assertThat(problems.get(1).message()).contains("EXW", "FOB", "DDP");
        assertThat(problems.get(2).message()).contains("1,2,3,4,5,7,8,9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"a declaration\"", "42", "null", "true"})
    void aRootThatIsNotAnObjectIsRefused(String json) {
        onlyProblem(decode(json), JsonCodes.JSON_NOT_OBJECT, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"lrn\":\"A\",\"lrn\":\"B\"}", "{} {}", "{\"a\":NaN}", "{'lrn':'A'}"})
    void brokenJsonIsMalformed(String json) {
        onlyProblem(decode(json), JsonCodes.JSON_MALFORMED, "");
    }

    @Test
    void invalidUtf8IsMalformedNotAnException() {
        onlyProblem(codec.decode(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                JsonCodes.JSON_MALFORMED, "");
    }

    @Test
    void anUnknownFieldNamesTheAllowedOnes() {
        Problem p = problems(decode("{\"importer\":{\"name\":\"X\",\"adress\":{}}}")).getFirst();
        assertThat(p.code()).isEqualTo(JsonCodes.UNKNOWN_FIELD);
        assertThat(p.path()).isEqualTo("importer.adress");
        assertThat(p.message()).contains("address, id, name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"importer\":\"Northwind\"}                     | importer                 | an object     | a string",
            "{\"items\":[{\"netMass\":true}]}                 | items[0].netMass         | decimal       | boolean",
            "{\"items\":[{\"value\":{\"amount\":1}}]}         | items[0].value           | decimal       | an object",
            "{\"items\":[null]}                               | items[0]                 | an object     | nothing",
            "{\"items\":{}}                                   | items                    | an array      | an object",
            "{\"lrn\":42}                                     | lrn                      | a string      | a whole number",
            "{\"transport\":{\"mode\":\"sea\"}}               | transport.mode           | whole number  | sea",
            "{\"importer\":{\"address\":{\"country\":[\"GB\"]}}} | importer.address.country | a string    | an array"})
    void aWrongJsonTypeSaysWhatWasExpectedAndFound(String json, String path, String expected, String found) {
        Problem p = problems(decode(json)).getFirst();
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).contains(expected, found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"lrn\":\"\"}                                          | lrn",
            "{\"items\":[{\"hsCode\":\"84713\"}]}                    | items[0].hsCode",
            "{\"items\":[{\"origin\":\"gb\"}]}                       | items[0].origin",
            "{\"items\":[{\"procedureCode\":\"\"}]}                  | items[0].procedureCode",
            "{\"invoice\":{\"amount\":\"12,50\",\"currency\":\"USD\"}} | invoice.amount",
            "{\"invoice\":{\"date\":\"2026-02-30\"}}                 | invoice.date",
            "{\"invoice\":{\"date\":\"20261102\"}}                   | invoice.date",
            "{\"transport\":{\"loadingLocation\":\"CNSH1\"}}         | transport.loadingLocation",
            "{\"transport\":{\"mode\":6}}                            | transport.mode",
            "{\"items\":[{\"sequence\":0}]}                          | items[0].sequence",
            "{\"items\":[{\"quantity\":{\"value\":\"3\"}}]}          | items[0].quantity.unit",
            "{\"importer\":{\"id\":\"gb1\"}}                         | importer.id"})
    void aValueTheModelRefusesIsInvalid(String json, String path) {
        onlyProblem(decode(json), JsonCodes.INVALID_VALUE, path);
    }

    @Test
    void blankFreeTextIsAbsentButAnEmptyCodeIsInvalid() {
        Declaration d = ok(decode("{\"importer\":{\"name\":\"  \",\"address\":{\"street\":\"\"}},\"items\":[{\"description\":\"\"}]}"));
        assertThat(d.importer().name()).isNull();
        assertThat(d.importer().address().street()).isNull();
        assertThat(d.items().getFirst().description()).isNull();
        onlyProblem(decode("{\"importer\":{\"address\":{\"country\":\"\"}}}"), JsonCodes.INVALID_VALUE, "importer.address.country");
    }

    @Test
    void absentAndNullElementsStayNull() {
        Declaration d = ok(decode("{\"type\":\"IMPORT\",\"lrn\":null,\"items\":[{\"hsCode\":\"847130\"}]}"));
        assertThat(d.lrn()).isNull();
        assertThat(d.importer()).isNull();
        assertThat(d.items().getFirst().sequence()).as("defaults to the position").isEqualTo(1);
        assertThat(d.items().getFirst().netMass()).isNull();
        assertThat(ok(decode("{}")).items()).isEmpty();
    }

    @Test
    void numbersAndNumericStringsGiveTheSameExactDecimal() {
        Declaration fromNumber = ok(decode("{\"items\":[{\"value\":12.50,\"netMass\":0.1,\"grossMass\":1e3}]}"));
        Declaration fromString = ok(decode("{\"items\":[{\"value\":\"12.50\",\"netMass\":\"0.1\",\"grossMass\":\"1000\"}]}"));
        GoodsItem n = fromNumber.items().getFirst();
        assertThat(n.value()).isEqualTo(new BigDecimal("12.50")).hasToString("12.50");
        assertThat(n.netMass()).isEqualTo(new BigDecimal("0.1"));
        assertThat(n.grossMass()).isEqualTo(new BigDecimal("1000"));
        assertThat(fromNumber).isEqualTo(fromString);
    }

    @Test
    void anInvoiceAmountWithoutCurrencyOrTheReverseIsMissingItsOtherHalf() {
        onlyProblem(decode("{\"invoice\":{\"amount\":\"10.00\"}}"), JsonCodes.REQUIRED_ELEMENT_MISSING, "invoice.currency");
        onlyProblem(decode("{\"invoice\":{\"currency\":\"USD\",\"date\":\"2026-11-02\"}}"), JsonCodes.REQUIRED_ELEMENT_MISSING, "invoice.amount");
        Declaration dateOnly = ok(decode("{\"invoice\":{\"date\":\"2026-11-02\"}}"));
        assertThat(dateOnly.invoice().total()).isNull();
        assertThat(dateOnly.invoice().date()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void freightAndInsuranceToTheBorderAreAmountsEachWithItsCurrency() {
        Declaration d = ok(decode("{\"valuationCosts\":{\"freight\":{\"amount\":\"850.00\",\"currency\":\"USD\"},"
                + "\"insurance\":{\"amount\":\"42.5\",\"currency\":\"EUR\"}}}"));
        assertThat(d.valuationCosts().freight()).isEqualTo(Money.of("850.00", "USD"));
        assertThat(d.valuationCosts().insurance()).isEqualTo(Money.of("42.5", "EUR"));
        assertThat(new String(codec.encode(d), StandardCharsets.UTF_8)).isEqualTo("{\"valuationCosts\":{\"freight\":"
                + "{\"amount\":\"850.00\",\"currency\":\"USD\"},\"insurance\":{\"amount\":\"42.5\",\"currency\":\"EUR\"}}}");
        Declaration freightOnly = ok(decode("{\"valuationCosts\":{\"freight\":{\"amount\":0,\"currency\":\"GBP\"}}}"));
        assertThat(freightOnly.valuationCosts().insurance()).as("left out: the calculator says when it is needed").isNull();
        assertThat(ok(decode("{}")).valuationCosts()).isNull();
    }

    @Test
    void aValuationCostIsRefusedWithoutItsCurrencyNegativeOrWithAnUnknownField() {
        onlyProblem(decode("{\"valuationCosts\":{\"freight\":{\"amount\":\"10.00\"}}}"), JsonCodes.REQUIRED_ELEMENT_MISSING,
                "valuationCosts.freight.currency");
        onlyProblem(decode("{\"valuationCosts\":{\"insurance\":{\"currency\":\"USD\"}}}"), JsonCodes.REQUIRED_ELEMENT_MISSING,
                "valuationCosts.insurance.amount");
        onlyProblem(decode("{\"valuationCosts\":{\"freight\":{\"amount\":\"-1\",\"currency\":\"USD\"}}}"), JsonCodes.INVALID_VALUE,
                "valuationCosts.freight.amount");
        onlyProblem(decode("{\"valuationCosts\":{\"freight\":\"10 USD\"}}"), JsonCodes.TYPE_MISMATCH, "valuationCosts.freight");
        onlyProblem(decode("{\"valuationCosts\":{\"handling\":{}}}"), JsonCodes.UNKNOWN_FIELD, "valuationCosts.handling");
    }

    @Test
    void pathsCountItemsFromZero() {
        onlyProblem(importWith("\"hsCode\": \"851762\"", "\"hsCode\": \"85176\""), JsonCodes.INVALID_VALUE, "items[1].hsCode");
        onlyProblem(importWith("\"reference\": \"MAEU261104227\"", "\"reference\": 7"), JsonCodes.TYPE_MISMATCH, "documents[1].reference");
    }

    @Test
    void textMustBeWellFormedUnicodeSoThatItCanBeEncodedAgain() {
        onlyProblem(decode("{\"importer\":{\"name\":\"North\\ud800wind\"}}"), JsonCodes.INVALID_VALUE, "importer.name");
        onlyProblem(decode("{\"items\":[{\"procedureCode\":\"\\udc00\"}]}"), JsonCodes.INVALID_VALUE, "items[0].procedureCode");
        Declaration emoji = ok(decode("{\"importer\":{\"name\":\"Tulip \\ud83c\\udf37 Trading\"}}"));
        assertThat(emoji.importer().name()).isEqualTo("Tulip \uD83C\uDF37 Trading");
        assertThat(ok(codec.decode(codec.encode(emoji)))).isEqualTo(emoji);
    }
}
