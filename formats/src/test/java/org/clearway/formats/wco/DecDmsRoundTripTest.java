package org.clearway.formats.wco;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.clearway.core.declaration.ValuationCosts;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.declaration.Ucr;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.UnLocode;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

/**
 * Model to DEC-DMS to model is lossless for every field DEC-DMS carries, on 500 seeded random
 * declarations inside DEC-DMS's own bounds (lengths, 3 decimals for amounts, dates from 2000) and with
 * what it does not carry left out (LOW_VALUE, arrival date, AEO numbers not shaped GBAEOC + EORI rest,
 * a composite with no element at all, which reads back as absent). Every document written is schema-valid.
 */
class DecDmsRoundTripTest {
    private final DecDmsCodec codec = new DecDmsCodec();

    @Test
    void fiveHundredGeneratedDeclarationsSurviveEncodeAndDecode() {
        Random random = new Random(20261128L);
        for (int n = 0; n < 500; n++) {
            Declaration d = new Generator(random).declaration();
            byte[] xml = codec.encode(d);
            Decoded back = codec.decode(xml);
            assertThat(back).as(new String(xml, StandardCharsets.UTF_8)).isEqualTo(new Decoded.Ok(d));
            assertThat(codec.encode(((Decoded.Ok) back).declaration())).isEqualTo(xml);
        }
    }

    @Test
    void theSamplesSurviveEncodeAndDecode() {
        for (String sample : List.of("IMZ_Aggregated_Supplementary_Declaration.xml", "TT_EX001a.xml")) {
            Declaration d = DecDmsSamplesTest.ok(codec.decode(Samples.bytes(sample)));
            assertThat(DecDmsSamplesTest.ok(codec.decode(codec.encode(d)))).isEqualTo(d);
        }
    }

    /** Random declarations inside DEC-DMS's bounds; any element may be absent. */
    static final class Generator {
        private static final String TEXT_CHARS = "abcXYZ 019-/.,'\"\\&<>éüßЖ中文\t€";
        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        Declaration declaration() {
            return new Declaration(
                    maybe(() -> random.nextBoolean() ? DeclarationType.IMPORT : DeclarationType.EXPORT),
                    maybe(() -> new Lrn("L" + digits(1 + random.nextInt(20)))),
                    maybe(() -> new Ucr(text(35).trim())), // references are read trimmed
                    party(), party(), party(), party(), party(),
                    invoice(),
                    maybe(() -> pick(Incoterm.values())),
                    transport(),
                    maybe(() -> list(12, this::item)),
                    // the same document twice is one document in DEC-DMS (the reader keeps each once)
                    maybe(() -> list(4, () -> new SupportingDocument(maybe(() -> letters(1) + digits(random.nextInt(4))), maybe(() -> code(35))))
                            .stream().distinct().toList()),
                    maybe(() -> list(3, () -> letters(2) + pick(new String[] {"AEOC", "AEOS", "AEOF"}) + digits(1 + random.nextInt(15)))),
                    // freight only: DEC-DMS has no insurance element of its own
                    maybe(() -> new ValuationCosts(new Money(decimal(3), new CurrencyCode(letters(3))), null)));
        }

        private Party party() {
            Party p = maybe(() -> new Party(maybe(() -> new PartyId(letters(2) + digits(1 + random.nextInt(15)))), maybe(() -> text(70)), address()));
            return p == null || (p.id() == null && p.name() == null && p.address() == null) ? null : p;
        }

        private Address address() {
            Address a = maybe(() -> new Address(maybe(() -> text(70)), maybe(() -> text(35)), maybe(() -> text(9)),
                    maybe(() -> new CountryCode(letters(2)))));
            return a == null || (a.street() == null && a.city() == null && a.postcode() == null && a.country() == null) ? null : a;
        }

        private Invoice invoice() {
            Invoice i = maybe(() -> new Invoice(maybe(() -> new Money(decimal(3), new CurrencyCode(letters(3)))), maybe(this::date)));
            return i == null || (i.total() == null && i.date() == null) ? null : i;
        }

        private Transport transport() {
            Transport t = maybe(() -> new Transport(maybe(() -> pick(TransportMode.values())), maybe(() -> code(35)), maybe(() -> code(8)),
                    maybe(() -> new UnLocode(letters(5))), maybe(() -> new UnLocode(letters(2) + "2A9")), null));
            return t == null || (t.mode() == null && t.conveyanceId() == null && t.customsOffice() == null
                    && t.loadingLocation() == null && t.unloadingLocation() == null) ? null : t;
        }

        private GoodsItem item() {
            return new GoodsItem(1 + random.nextInt(999), maybe(() -> new HsCode(digits(4 + 2 * random.nextInt(4)))),
                    maybe(() -> text(512)), maybe(() -> new CountryCode(letters(2))),
                    maybe(() -> new Quantity(decimal(6), code(3))), maybe(() -> decimal(6)), maybe(() -> decimal(6)), maybe(() -> decimal(3)),
                    maybe(() -> digits(2 + 2 * random.nextInt(2))), maybe(() -> digits(3)));
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

        /** Non-negative, at most 16 digits in all (WCO n..16,6; amounts n..16,3). */
        private BigDecimal decimal(int maxScale) {
            int scale = random.nextInt(maxScale + 1);
            long unscaled = random.nextBoolean() ? random.nextInt(1_000_000) : random.nextLong(1_000_000_000_000_000L);
            BigDecimal d = BigDecimal.valueOf(unscaled, scale);
            return d.precision() > 16 ? BigDecimal.valueOf(unscaled % 1000, scale) : d;
        }

        private LocalDate date() {
            return LocalDate.of(2000 + random.nextInt(60), 1, 1).plusDays(random.nextInt(366));
        }

        /** Free text as DEC-DMS allows it (TEXT_CHARS has no line breaks), not blank. */
        private String text(int maxLength) { return RandomText.nonBlank(random, TEXT_CHARS, maxLength); }

        private String code(int maxLength) { return RandomText.code(random, maxLength); }

        private String letters(int n) { return RandomText.letters(random, n); }

        private String digits(int n) { return RandomText.digits(random, n); }
    }
}
