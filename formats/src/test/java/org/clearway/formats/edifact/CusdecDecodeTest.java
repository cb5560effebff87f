package org.clearway.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.TransportMode;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

/** The test interchanges decode to the declarations they were written from. */
class CusdecDecodeTest {
    private final EdifactCodec codec = new EdifactCodec();

    static Declaration ok(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok) decoded).declaration();
    }

    private static Declaration example(String name) throws IOException {
        return ok(new DeclarationJsonCodec().decode(Files.readAllBytes(Path.of("..", "examples", "declarations", name))));
    }

    @Test
    void theD96bImportIsTheJsonImportExample() throws IOException {
        assertThat(ok(codec.decode(Samples.bytes("cusdec-d96b-import.edi")))).isEqualTo(example("import-valid.json"));
    }

    @Test
    void theD96bExportIsTheJsonExportExample() throws IOException {
        assertThat(ok(codec.decode(Samples.bytes("cusdec-d96b-export.edi")))).isEqualTo(example("export-valid.json"));
    }

    @Test
    void theD01bImportInSyntaxVersion4CarriesALongDescription() {
        Declaration d = ok(codec.decode(Samples.bytes("cusdec-d01b-import.edi")));
        assertThat(d.type()).isEqualTo(DeclarationType.IMPORT);
        assertThat(d.lrn().value()).isEqualTo("NWI-2026-0043");
        assertThat(d.importer().name()).isEqualTo("Northwind Imports Ltd");
        assertThat(d.transport().mode()).isEqualTo(TransportMode.SEA);
        assertThat(d.transport().conveyanceId()).isEqualTo("MAERSK ESSEN");
        assertThat(d.items()).hasSize(1);
        assertThat(d.items().get(0).description()).hasSizeGreaterThan(70).endsWith("quick-start guide in English");
        assertThat(d.items().get(0).grossMass()).isEqualByComparingTo("212");
        assertThat(d.incoterm().name()).isEqualTo("CIF");
    }

    @Test
    void eachMessageOfAnInterchangeDecodesOnItsOwn() {
        List<Decoded> each = codec.decodeEach(Samples.bytes("cusdec-d01b-interchange.edi"));
        assertThat(each).hasSize(3).allMatch(d -> d instanceof Decoded.Ok);
        assertThat(each.stream().map(d -> ((Decoded.Ok) d).declaration().lrn().value()))
                .containsExactly("NWL-2026-5512", "NWL-2026-5513", "NWI-2026-0044");
        Declaration second = ((Decoded.Ok) each.get(1)).declaration();
        // The release character lets the delimiters be data: O?'Brien Kitchen?+Home
        assertThat(second.importer().name()).isEqualTo("O'Brien Kitchen+Home");
        assertThat(second.importer().id()).isNull();
        assertThat(second.type()).isEqualTo(DeclarationType.LOW_VALUE);
    }

    @Test
    void aLodgementCarriesOneMessage() {
        Decoded d = codec.decode(Samples.bytes("cusdec-d01b-interchange.edi"));
        assertThat(d).isInstanceOf(Decoded.Invalid.class);
        assertThat(((Decoded.Invalid) d).problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(EdifactCodec.ONE_MESSAGE))
                .satisfies(p -> assertThat(p.path()).isEqualTo("message 2, segment 1 UNH, line 24"));
    }

    @Test
    void badValuesAreProblemsPointingToSegmentElementAndLine() {
        Decoded d = codec.decode(Samples.bytes("invalid-values.edi"));
        assertThat(d).isInstanceOf(Decoded.Invalid.class);
        assertThat(((Decoded.Invalid) d).problems()).extracting(p -> p.code() + "@" + p.path()).containsExactly(
                "INVALID_VALUE@segment 2 BGM, element 1.1, line 4",
                "INVALID_VALUE@segment 6 DTM, element 1.2, line 8",
                "INVALID_VALUE@segment 24 CST, element 2.1, line 26");
    }

    @Test
    void aBadImportedMessageInAnInterchangeDoesNotSpoilTheOthers() {
        String good = new String(Samples.bytes("cusdec-d01b-interchange.edi"), java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] oneBad = good.replace("UNT+21+2'", "UNT+22+2'").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        List<Decoded> each = codec.decodeEach(oneBad);
        assertThat(each).hasSize(3);
        assertThat(each.get(0)).isInstanceOf(Decoded.Ok.class);
        assertThat(each.get(1)).isInstanceOf(Decoded.Invalid.class);
        assertThat(((Decoded.Invalid) each.get(1)).problems().get(0).code()).isEqualTo(EdifactCodec.SYNTAX_ERROR);
        assertThat(each.get(2)).isInstanceOf(Decoded.Ok.class);
    }

    /** The D96B import with {@code extra} segments after its CUX, a line each (UNT's count kept right). */
    private static byte[] importWith(String... extra) {
        String edi = new String(Samples.bytes("cusdec-d96b-import.edi"), java.nio.charset.StandardCharsets.ISO_8859_1);
        edi = edi.replace("CUX+2:USD:4'", "CUX+2:USD:4'" + (extra.length == 0 ? "" : "\n" + String.join("\n", extra))).replace("UNT+40+1'", "UNT+" + (40 + extra.length) + "+1'");
        return edi.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void freightAndInsuranceAreTheCustomsTransportAndInsuranceCharges() {
        Declaration d = ok(codec.decode(importWith("MOA+144:850.00:USD'", "MOA+70:120.5:EUR'")));
        assertThat(d.valuationCosts()).isEqualTo(new org.clearway.core.declaration.ValuationCosts(
                new org.clearway.core.declaration.Money(new java.math.BigDecimal("850.00"), new org.clearway.core.reference.CurrencyCode("USD")),
                new org.clearway.core.declaration.Money(new java.math.BigDecimal("120.5"), new org.clearway.core.reference.CurrencyCode("EUR"))));
        // freight alone; and none: no valuation costs at all, as the JSON form without them
        assertThat(ok(codec.decode(importWith("MOA+144:850.00:USD'"))).valuationCosts().insurance()).isNull();
        assertThat(ok(codec.decode(Samples.bytes("cusdec-d96b-import.edi"))).valuationCosts()).isNull();
    }

    @Test
    void aCostWithoutItsCurrencyOrBelowZeroIsAProblemAtItsElement() {
        Decoded d = codec.decode(importWith("MOA+144:850.00'", "MOA+70:-5:EUR'", "MOA+70:abc:EUR'"));
        assertThat(d).isInstanceOf(Decoded.Invalid.class);
        assertThat(((Decoded.Invalid) d).problems()).extracting(p -> p.code() + "@" + p.path()).containsExactly(
                "REQUIRED_ELEMENT_MISSING@segment 23 MOA, element 1.3, line 25",
                "INVALID_VALUE@segment 24 MOA, element 1.2, line 26",
                "INVALID_VALUE@segment 25 MOA, element 1.2, line 27");
    }
}
