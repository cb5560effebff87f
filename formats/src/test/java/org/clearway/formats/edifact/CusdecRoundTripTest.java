package org.clearway.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearway.formats.RandomText;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.ValuationCosts;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.declaration.Ucr;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.UnLocode;
import org.clearway.formats.edifact.CusdecEncoder.Directory;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Model to CUSDEC to model is lossless for every field a CUSDEC carries: a property checked over 300
 * generated declarations per directory (seeded, so a failure is reproducible), with text full
 * of the delimiters and the release character.
 */
class CusdecRoundTripTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 28, 12, 0);
    private final EdifactCodec codec = new EdifactCodec();

    @ParameterizedTest
    @EnumSource(Directory.class)
    void generatedDeclarationsSurviveEncodeAndDecode(Directory directory) {
        Random random = new Random(20261128L + directory.ordinal());
        for (int n = 0; n < 300; n++) {
            Declaration d = new Generator(random, directory).declaration();
            byte[] edi = CusdecEncoder.encode(d, directory, "GB100000000001", "RT" + n, AT);
            assertThat(codec.decode(edi)).as(new String(edi, StandardCharsets.ISO_8859_1)).isEqualTo(new Decoded.Ok(d));
        }
    }

    @Test
    void manyDeclarationsMakeOneInterchangeThatDecodesMessageByMessage() {
        Random random = new Random(7);
        List<Declaration> many = new ArrayList<>();
        for (int n = 0; n < 25; n++) many.add(new Generator(random, Directory.D01B).declaration());
        byte[] edi = CusdecEncoder.encode(many, Directory.D01B, "GB100000000001", "MANY", AT);
        assertThat(codec.decodeEach(edi)).isEqualTo(many.stream().map(d -> (Decoded) new Decoded.Ok(d)).toList());
    }

    @Test
    void theTestInterchangesSurviveDecodeEncodeDecode() {
        for (String file : List.of("cusdec-d96b-import.edi", "cusdec-d96b-export.edi", "cusdec-d01b-import.edi")) {
            Declaration d = ((Decoded.Ok) codec.decode(Samples.bytes(file))).declaration();
            for (Directory dir : Directory.values()) {
                assertThat(codec.decode(CusdecEncoder.encode(d, dir, "GB100000000001", "X", AT))).isEqualTo(new Decoded.Ok(d));
            }
        }
    }

    /** Random declarations within what a CUSDEC carries (lengths of its elements, D96B's shorter text). */
    static final class Generator {
        private static final String TEXT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-/()+:'?*&éÅ";
        private final Random r;
        private final Directory dir;

        Generator(Random r, Directory dir) {
            this.r = r;
            this.dir = dir;
        }

        Declaration declaration() {
            List<GoodsItem> items = new ArrayList<>();
            int n = r.nextInt(6);
            for (int i = 0; i < n; i++) items.add(item(i + 1));
            List<SupportingDocument> docs = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                docs.add(new SupportingDocument(r.nextBoolean() ? "N" + digits(3) : digits(3), maybe(() -> code(1 + r.nextInt(35)))));
            }
            List<String> aeo = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) aeo.add("GBAEOC" + digits(12));
            return new Declaration(
                    DeclarationType.values()[r.nextInt(3)],
                    new Lrn("L" + code(r.nextInt(20))),
                    maybe(() -> new Ucr(text(1 + r.nextInt(35)).replace(' ', 'x'))),
                    party(), party(), party(), party(), party(),
                    maybe(() -> new Invoice(new Money(amount(), new CurrencyCode(upper(3))), maybe(this::date))),
                    maybe(() -> Incoterm.values()[r.nextInt(Incoterm.values().length)]),
                    maybe(() -> new Transport(maybe(() -> TransportMode.values()[r.nextInt(TransportMode.values().length)]),
                            maybe(() -> text(1 + r.nextInt(35))), upper(2) + code(6), maybe(() -> new UnLocode(upper(5))),
                            maybe(() -> new UnLocode(upper(5))), maybe(this::date))),
                    items, docs, aeo, maybe(this::costs));
        }

        /** Freight (MOA+144) and insurance (MOA+70), each in its own currency; null when neither is given. */
        private ValuationCosts costs() {
            Money freight = maybe(() -> new Money(amount(), new CurrencyCode(upper(3))));
            Money insurance = maybe(() -> new Money(amount(), new CurrencyCode(upper(3))));
            return freight == null && insurance == null ? null : new ValuationCosts(freight, insurance);
        }

        private GoodsItem item(int sequence) {
            return new GoodsItem(r.nextBoolean() ? sequence : 1 + r.nextInt(99999),
                    maybe(() -> new HsCode(digits(4 + 2 * r.nextInt(4)))),
                    maybe(() -> text(1 + r.nextInt(Math.min(512, dir.textLength * 5)))),
                    maybe(() -> new CountryCode(upper(2))),
                    maybe(() -> new Quantity(amount(), upper(3))),
                    maybe(this::amount), maybe(this::amount), maybe(this::amount),
                    maybe(() -> digits(4)), maybe(() -> digits(3)));
        }

        private Party party() {
            if (r.nextInt(4) == 0) return null;
            Address address = r.nextBoolean() ? null : new Address(maybe(() -> text(1 + r.nextInt(70))), maybe(() -> text(1 + r.nextInt(35))),
                    maybe(() -> text(1 + r.nextInt(9))), new CountryCode(upper(2)));
            return new Party(maybe(() -> new PartyId(upper(2) + code(1 + r.nextInt(15)))), maybe(() -> text(1 + r.nextInt(70))), address);
        }

        private BigDecimal amount() {
            return new BigDecimal(new java.math.BigInteger(48, r)).movePointLeft(r.nextInt(7)).abs();
        }

        private LocalDate date() { return LocalDate.of(2020 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28)); }

        private <T> T maybe(java.util.function.Supplier<T> s) { return r.nextInt(5) == 0 ? null : s.get(); }

        private String text(int length) { return RandomText.draw(r, TEXT, length); }

        private String upper(int length) { return RandomText.draw(r, RandomText.LETTERS, length); }

        private String code(int length) { return RandomText.draw(r, RandomText.LETTERS + RandomText.DIGITS, length); }

        private String digits(int length) { return RandomText.draw(r, RandomText.DIGITS, length); }
    }
}
