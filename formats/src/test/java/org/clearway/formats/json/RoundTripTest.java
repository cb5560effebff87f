package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.formats.json.DeclarationJsonCodecTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clearway.formats.RandomText;
import java.util.function.Supplier;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.declaration.Ucr;
import org.clearway.core.declaration.ValuationCosts;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.UnLocode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripTest {
    private final DeclarationJsonCodec codec = new DeclarationJsonCodec();
    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"import-valid.json", "export-valid.json", "lowvalue-valid.json"})
    void theExamplesSurviveEncodeAndDecode(String file) {
        Declaration d = ok(codec.decode(Examples.bytes(file)));
        assertThat(ok(codec.decode(codec.encode(d)))).isEqualTo(d);
    }

    /**
     * The canonical bytes are what every stored declaration's content hash was computed from, so the
     * writer may change how it writes but never what: this digest over the canonical form of the three
     * examples and 2,000 generated declarations was taken with the writer of 2026-11-28 (a JSON tree).
     */
    @Test
    void theCanonicalFormIsTheOneStoredDeclarationsWereHashedWith() throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        for (String file : List.of("import-valid.json", "export-valid.json", "lowvalue-valid.json")) {
            digest.update(codec.encode(ok(codec.decode(Examples.bytes(file)))));
        }
        Random random = new Random(77L);
        for (int n = 0; n < 2000; n++) digest.update(codec.encode(new Generator(random).declaration()));
        assertThat(java.util.HexFormat.of().formatHex(digest.digest())).isEqualTo("8dc231b178cb8261f8c52d333bdf711a8aed6477d5e5336caadc6a05fbda6493");
    }

    @Test
    void aThousandGeneratedDeclarationsSurviveEncodeAndDecode() {
        Random random = new Random(20261128L);
        for (int n = 0; n < 1000; n++) {
            Declaration d = new Generator(random).declaration();
            byte[] json = codec.encode(d);
            Decoded back = codec.decode(json);
            assertThat(back).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(new Decoded.Ok(d));
            assertThat(codec.encode(((Decoded.Ok) back).declaration())).isEqualTo(json);
        }
    }

    @Test
    void theCanonicalFormIsCompactOrderedAndWritesDecimalsAsStrings() {
        String json = new String(codec.encode(ok(codec.decode(Examples.bytes("lowvalue-valid.json")))), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"type\":\"LOW_VALUE\",\"lrn\":\"NWL-2026-5512\",\"declarant\":{\"id\":\"GB100000000001\"")
                .contains("\"invoice\":{\"amount\":\"89.90\",\"currency\":\"USD\",\"date\":\"2026-11-10\"}")
                .contains("\"transport\":{\"mode\":4,")
                .doesNotContain("null", " \"", "\n", "\"seller\"");
    }

    @Test
    void theContentHashIgnoresWhitespaceFieldOrderAndNumberSpelling() throws Exception {
        Declaration d = ok(codec.decode(Examples.bytes("import-valid.json")));
        JsonNode tree = mapper.readTree(Examples.bytes("import-valid.json"));
        String reordered = mapper.writeValueAsString(reversed(tree));
        assertThat(reordered).doesNotStartWith("{\"type\"");
        String numbers = Examples.text("import-valid.json").replace("\"12500.00\"", "12500.00").replace("\"mode\": 1", "\"mode\":\"1\"");
        for (String variant : List.of(reordered, numbers)) {
            Declaration other = ok(codec.decode(variant.getBytes(StandardCharsets.UTF_8)));
            assertThat(codec.contentHash(other)).isEqualTo(codec.contentHash(d));
        }
        assertThat(codec.contentHash(d)).matches("[0-9a-f]{64}");
        Declaration changed = ok(codec.decode(Examples.text("import-valid.json").replace("12500.00", "12500.0").getBytes(StandardCharsets.UTF_8)));
        assertThat(codec.contentHash(changed)).as("a different scale is a different declaration").isNotEqualTo(codec.contentHash(d));
    }

    private JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) fields.add(it.next());
            ObjectNode out = mapper.createObjectNode();
            for (Map.Entry<String, JsonNode> f : fields.reversed()) out.set(f.getKey(), reversed(f.getValue()));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = mapper.createArrayNode();
            node.forEach(e -> out.add(reversed(e)));
            return out;
        }
        return node;
    }

    /** Random declarations inside the format's limits; any element may be absent. */
    static final class Generator {
        private static final String TEXT_CHARS = "abcXYZ 019-/.,'\"\\éüßЖ中文\t\n€";
        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        Declaration declaration() {
            return new Declaration(
                    maybe(() -> pick(DeclarationType.values())),
                    maybe(() -> new Lrn("L" + digits(1 + random.nextInt(20)))),
                    maybe(() -> new Ucr(text(35))),
                    maybe(this::party), maybe(this::party), maybe(this::party), maybe(this::party), maybe(this::party),
                    maybe(() -> new Invoice(maybe(() -> new Money(decimal(), new CurrencyCode(letters(3)))), maybe(this::date))),
                    maybe(() -> pick(Incoterm.values())),
                    maybe(this::transport),
                    maybe(() -> list(12, this::item)),
                    maybe(() -> list(4, () -> new SupportingDocument(maybe(() -> code(4)), maybe(() -> code(35))))),
                    maybe(() -> list(3, () -> code(18))),
                    maybe(this::valuationCosts));
        }

        /** Freight and insurance, never both absent (an empty valuationCosts object is not written) and never negative. */
        private ValuationCosts valuationCosts() {
            Money freight = maybe(() -> new Money(decimal().abs(), new CurrencyCode(letters(3))));
            Money insurance = freight == null ? new Money(decimal().abs(), new CurrencyCode(letters(3)))
                    : maybe(() -> new Money(decimal().abs(), new CurrencyCode(letters(3))));
            return new ValuationCosts(freight, insurance);
        }

        private Party party() {
            return new Party(maybe(() -> new PartyId(letters(2) + digits(1 + random.nextInt(15)))), maybe(() -> text(70)),
                    maybe(() -> new Address(maybe(() -> text(70)), maybe(() -> text(35)), maybe(() -> text(35)),
                            maybe(() -> new CountryCode(letters(2))))));
        }

        private Transport transport() {
            return new Transport(maybe(() -> pick(TransportMode.values())), maybe(() -> code(35)), maybe(() -> code(8)),
                    maybe(() -> new UnLocode(letters(5))), maybe(() -> new UnLocode(letters(2) + "2A9")), maybe(this::date));
        }

        private GoodsItem item() {
            return new GoodsItem(1 + random.nextInt(999), maybe(() -> new HsCode(digits(4 + 2 * random.nextInt(4)))),
                    maybe(() -> text(512)), maybe(() -> new CountryCode(letters(2))),
                    maybe(() -> new Quantity(decimal(), code(3))), maybe(this::decimal), maybe(this::decimal), maybe(this::decimal),
                    maybe(() -> digits(4)), maybe(() -> digits(3)));
        }

        private <T> T maybe(Supplier<T> value) {
            return random.nextInt(5) == 0 ? null : value.get();
        }

        private <T> List<T> list(int max, Supplier<T> element) {
            List<T> list = new ArrayList<>();
            int n = random.nextInt(max + 1);
            for (int i = 0; i < n; i++) list.add(element.get());
            return list;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private BigDecimal decimal() {
            long unscaled = random.nextBoolean() ? random.nextInt(1_000_000) : random.nextLong(1_000_000_000_000_000L);
            int scale = random.nextInt(JsonLimits.MAX_FRACTION_DIGITS + 1);
            BigDecimal d = BigDecimal.valueOf(random.nextInt(10) == 0 ? -unscaled : unscaled, scale);
            return d.precision() - d.scale() > JsonLimits.MAX_INTEGER_DIGITS ? BigDecimal.valueOf(unscaled % 1000, scale) : d;
        }

        private LocalDate date() {
            return LocalDate.of(1990 + random.nextInt(60), 1, 1).plusDays(random.nextInt(366));
        }

        private String text(int maxLength) { return RandomText.nonBlank(random, TEXT_CHARS, maxLength); }

        private String code(int maxLength) { return RandomText.code(random, maxLength); }

        private String letters(int n) { return RandomText.letters(random, n); }

        private String digits(int n) { return RandomText.digits(random, n); }
    }
}
