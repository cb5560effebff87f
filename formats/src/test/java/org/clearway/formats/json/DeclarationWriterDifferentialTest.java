package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.UnLocode;
import org.junit.jupiter.api.Test;

/**
 * The hand-written canonical JSON is the generator's (DeclarationWriterBefore) to the byte: the content
 * hashes of declarations stored by earlier versions are over those bytes, and a resumable import compares them.
 */
class DeclarationWriterDifferentialTest {
    @Test
    void generatedDeclarationsAreTheGeneratorsBytes() {
        RoundTripTest.Generator generator = new RoundTripTest.Generator(new Random(5));
        for (int n = 0; n < 20_000; n++) {
            Declaration d = generator.declaration();
            assertThat(DeclarationWriter.bytes(d)).as("declaration %d", n).isEqualTo(DeclarationWriterBefore.bytes(d));
        }
    }

    @Test
    void awkwardTextInEveryFreeTextFieldIsWrittenAsTheGeneratorWroteIt() {
        Random random = new Random(6);
        int escaped = 0;
        for (int n = 0; n < 20_000; n++) {
            Declaration d = awkward(random);
            byte[] expected = DeclarationWriterBefore.bytes(d);
            assertThat(DeclarationWriter.bytes(d)).as("declaration %d: %s", n, d).isEqualTo(expected);
            if (new String(expected, java.nio.charset.StandardCharsets.UTF_8).contains("\\u")) escaped++;
        }
        assertThat(escaped).as("declarations with \\u escapes").isGreaterThan(10_000);
    }

    @Test
    void escapesInAllAsciiDeclarationsAreWrittenAsTheGeneratorWroteThem() {
        Random random = new Random(7);
        int escaped = 0;
        for (int n = 0; n < 20_000; n++) {
            Declaration d = ascii(random);
            byte[] expected = DeclarationWriterBefore.bytes(d);
            assertThat(DeclarationWriter.bytes(d)).as("declaration %d: %s", n, d).isEqualTo(expected);
            if (new String(expected, java.nio.charset.StandardCharsets.UTF_8).contains("\\u00")) escaped++;
        }
        assertThat(escaped).as("declarations with control characters").isGreaterThan(10_000);
    }

    private static Declaration ascii(Random random) {
        var address = new Address(AwkwardText.ascii(random), AwkwardText.ascii(random), null, new CountryCode("GB"));
        var item = new GoodsItem(1, new HsCode("851830"), AwkwardText.ascii(random), new CountryCode("CN"), null, null,
                BigDecimal.valueOf(random.nextInt(100_000), 3), BigDecimal.valueOf(random.nextInt(100_000), 2), AwkwardText.ascii(random), null);
        return new Declaration(DeclarationType.LOW_VALUE, new Lrn("PARCEL-" + random.nextInt(1_000_000)), null,
                new Party(new PartyId("GB100000000001"), AwkwardText.ascii(random), null), new Party(null, AwkwardText.ascii(random), address),
                null, null, null, null, null, null, List.of(item), List.of(), List.of(AwkwardText.ascii(random)));
    }

    private static Declaration awkward(Random random) {
        var address = new Address(AwkwardText.mostlyPlain(random), AwkwardText.mostlyPlain(random), AwkwardText.mostlyPlain(random),
                new CountryCode("GB"));
        var item = new GoodsItem(1 + random.nextInt(99), new HsCode("851830"), AwkwardText.of(random), new CountryCode("CN"),
                new Quantity(BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3)), "u" + AwkwardText.mostlyPlain(random)),
                null, BigDecimal.valueOf(random.nextInt(100_000), 3), BigDecimal.valueOf(random.nextInt(100_000), 2),
                AwkwardText.mostlyPlain(random), random.nextBoolean() ? null : AwkwardText.of(random));
        var transport = new Transport(TransportMode.values()[random.nextInt(TransportMode.values().length)], AwkwardText.of(random),
                AwkwardText.mostlyPlain(random), new UnLocode("CNPVG"), new UnLocode("GBLHR"), LocalDate.of(2026, 11, 28));
        return new Declaration(DeclarationType.LOW_VALUE, new Lrn("PARCEL-" + random.nextInt(1_000_000)), null,
                new Party(new PartyId("GB100000000001"), AwkwardText.of(random), null),
                new Party(null, AwkwardText.of(random), address), new Party(null, AwkwardText.mostlyPlain(random), null), null, null,
                new Invoice(new Money(BigDecimal.valueOf(random.nextInt(10_000), 2), new CurrencyCode("USD")), LocalDate.of(2026, 11, 20)),
                null, transport, List.of(item, item),
                List.of(new SupportingDocument(AwkwardText.of(random), AwkwardText.mostlyPlain(random))),
                List.of(AwkwardText.of(random), AwkwardText.mostlyPlain(random)));
    }
}
