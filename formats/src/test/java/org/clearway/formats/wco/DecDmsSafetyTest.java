package org.clearway.formats.wco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: each answers one precise problem (code, element path, line and column in
 * the message), never an exception, never a file read, never an entity expanded.
 */
class DecDmsSafetyTest {
    private final DecDmsCodec codec = new DecDmsCodec();
    private static final String IMZ = Samples.text("IMZ_Aggregated_Supplementary_Declaration.xml");

    static List<Problem> problems(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Invalid.class);
        return ((Decoded.Invalid) decoded).problems();
    }

    private List<Problem> decode(String xml) {
        return problems(codec.decode(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Declaration xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\"><FunctionCode>9</FunctionCode><FunctionalReferenceID>&e;</FunctionalReferenceID></Declaration>";
        assertThat(decode(xxe)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.XML_DTD_FORBIDDEN);
            assertThat(p.message()).startsWith("line 2, column").doesNotContain("root:");
        });
    }

    @Test
    void aBillionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = dtd + "<Declaration xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\"><FunctionCode>&lol9;</FunctionCode></Declaration>";
        assertThat(decode(bomb)).singleElement().extracting(Problem::code).isEqualTo(WcoCodes.XML_DTD_FORBIDDEN);
    }

    @Test
    void anOversizedDocumentIsRefusedUnread() {
        byte[] big = new byte[WcoLimits.MAX_INPUT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(problems(codec.decode(big))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.XML_LIMIT_EXCEEDED);
            assertThat(p.message()).contains(Integer.toString(WcoLimits.MAX_INPUT_BYTES));
        });
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        byte[] latin1 = IMZ.replace("Chicago Cocoa Company", "Chicago Caf\u00e9 Company").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(codec.decode(latin1))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.XML_MALFORMED);
            assertThat(p.message()).startsWith("line ").contains("UTF-8");
        });
    }

    @Test
    void anUnknownDeclaredEncodingIsMalformed() {
        String xml = "<?xml version=\"1.0\" encoding=\"NO-SUCH-CHARSET\"?><Declaration xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\"/>";
        assertThat(decode(xml)).singleElement().extracting(Problem::code).isEqualTo(WcoCodes.XML_MALFORMED);
    }

    @Test
    void theSameDeclarationInUtf16Decodes() {
        byte[] utf16 = IMZ.getBytes(StandardCharsets.UTF_16);
        assertThat(codec.decode(utf16)).isInstanceOf(Decoded.Ok.class);
    }

    @Test
    void aTruncatedDocumentSaysWhereItEnds() {
        String cut = IMZ.substring(0, IMZ.indexOf("<Commodity>", IMZ.indexOf("<SequenceNumeric>2</SequenceNumeric>")) + 5);
        int lines = (int) cut.chars().filter(c -> c == '\n').count() + 1;
        assertThat(decode(cut)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.XML_MALFORMED);
            assertThat(p.path()).isEqualTo("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]");
            assertThat(p.message()).startsWith("line " + lines + ", column");
        });
    }

    @Test
    void anEmptyDocumentIsMalformed() {
        assertThat(decode("")).singleElement().extracting(Problem::code).isEqualTo(WcoCodes.XML_MALFORMED);
        assertThat(decode("   ")).singleElement().extracting(Problem::code).isEqualTo(WcoCodes.XML_MALFORMED);
    }

    @Test
    void anotherRootIsNotADeclaration() {
        assertThat(decode("<?xml version=\"1.0\"?>\n<invoice><total>12</total></invoice>")).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.XML_NOT_DEC_DMS);
            assertThat(p.path()).isEqualTo("/invoice");
            assertThat(p.message()).startsWith("line 2, column 10: the root element is invoice (no namespace)");
        });
    }

    @Test
    void aSchemaViolationPointsAtTheElement() {
        String secondItem = IMZ.substring(IMZ.indexOf("<SequenceNumeric>2</SequenceNumeric>"));
        String bad = IMZ.substring(0, IMZ.length() - secondItem.length())
                + secondItem.replaceFirst("<ID>18040000</ID>", "<ID>1804000000000000000000</ID>");
        assertThat(decode(bad)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.XML_SCHEMA_INVALID);
            assertThat(p.path()).isEqualTo("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID");
            assertThat(p.message()).matches("line \\d+, column \\d+: .*18.*");
        });
    }

    @Test
    void aValueTheModelRefusesPointsAtTheElement() {
        String secondItem = IMZ.substring(IMZ.indexOf("<SequenceNumeric>2</SequenceNumeric>"));
        String bad = IMZ.substring(0, IMZ.length() - secondItem.length()) + secondItem.replaceFirst("<ID>18040000</ID>", "<ID>18O40000</ID>");
        assertThat(decode(bad)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.INVALID_VALUE);
            assertThat(p.path()).isEqualTo("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID");
            assertThat(p.message()).matches("line \\d+, column \\d+: 18O4000000 is not valid: an HS code is 4, 6, 8 or 10 digits");
        });
    }

    @Test
    void anUnknownElementIsASchemaProblem() {
        String bad = IMZ.replace("<TotalPackageQuantity>55</TotalPackageQuantity>", "<Smuggled>yes</Smuggled>");
        assertThat(decode(bad)).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WcoCodes.XML_SCHEMA_INVALID);
            assertThat(p.path()).isEqualTo("/Declaration/Smuggled");
            assertThat(p.message()).contains("Smuggled");
        });
    }

    @Test
    void nestingBeyondTheLimitStopsReading() {
        String deep = "<x>".repeat(WcoLimits.MAX_DEPTH + 5) + "</x>".repeat(WcoLimits.MAX_DEPTH + 5);
        String xml = "<Declaration xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\"><FunctionCode>9</FunctionCode>" + deep + "</Declaration>";
        assertThat(decode(xml)).extracting(Problem::code).contains(WcoCodes.XML_LIMIT_EXCEEDED);
    }

    @Test
    void manyProblemsAreCutShort() {
        String many = "<AdditionalDocument><Bogus/></AdditionalDocument>".repeat(WcoLimits.MAX_PROBLEMS + 50);
        String xml = "<Declaration xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\"><FunctionCode>9</FunctionCode>" + many + "</Declaration>";
        List<Problem> problems = decode(xml);
        assertThat(problems).hasSize(WcoLimits.MAX_PROBLEMS + 1);
        assertThat(problems.getLast().code()).isEqualTo(WcoCodes.TOO_MANY_PROBLEMS);
    }
}
