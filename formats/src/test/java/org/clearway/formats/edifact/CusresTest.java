package org.clearway.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.formats.edifact.SyntaxErrorTest.segments;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

/** CUSRES answers: in the CUSDEC's directory, accepting with MRN, status, lane and duties, or refusing with error points. */
class CusresTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 28, 12, 0);
    private final EdifactCodec codec = new EdifactCodec();
    private final Outcome.Accepted accepted = new Outcome.Accepted("26GB0000000000001A", "NWI-2026-0042", "ASSESSED", "YELLOW",
            List.of(new Outcome.Tax("CUD", new BigDecimal("411.25"), "GBP"), new Outcome.Tax("VAT", new BigDecimal("2648.25"), "GBP"),
                    new Outcome.Tax("TOTAL", new BigDecimal("3059.50"), "GBP")), true);

    @Test
    void anAcceptedD96bDeclarationIsAnsweredInD96b() {
        List<String> cusres = segments(codec.accepted(Samples.bytes("cusdec-d96b-import.edi"), accepted, AT));
        assertThat(cusres).containsSubsequence(
                "UNB+UNOC:3+CLEARWAY:ZZZ+GB100000000001:ZZZ+261128:1200+RNWI0042",
                "UNH+1+CUSRES:D:96B:UN",
                "BGM+962+26GB0000000000001A+9+AP",
                "DTM+137:202611281200:203",
                "FTX+CUS+++ASSESSED",
                "GIS+YLW:LAN:ZZZ",
                "RFF+ABT:26GB0000000000001A",
                "RFF+ABE:NWI-2026-0042",
                "TAX+3+CUD", "MOA+124:411.25:GBP",
                "TAX+3+VAT", "MOA+124:2648.25:GBP",
                "TAX+4", "MOA+176:3059.50:GBP",
                "UNT+14+1",
                "UNZ+1+RNWI0042");
    }

    @Test
    void anAcceptedD01bDeclarationIsAnsweredInD01bAndSyntaxVersion4() {
        List<String> cusres = segments(codec.accepted(Samples.bytes("cusdec-d01b-import.edi"), accepted, AT));
        assertThat(cusres).containsSubsequence("UNA:+.?*", "UNB+UNOC:4+CLEARWAY:ZZZ+GB100000000001:ZZZ+20261128:1200+RNWI0043",
                "UNH+1+CUSRES:D:01B:UN");
    }

    @Test
    void aReplayIsAnsweredAsADuplicate() {
        var replay = new Outcome.Accepted(accepted.mrn(), accepted.lrn(), "RELEASED", "GREEN", List.of(), false);
        assertThat(segments(codec.accepted(Samples.bytes("cusdec-d96b-import.edi"), replay, AT))).contains("BGM+962+26GB0000000000001A+7+AP", "GIS+GRN:LAN:ZZZ");
    }

    @Test
    void valuesTheDecoderRefusedArePointedToInTheCusres() {
        byte[] body = Samples.bytes("invalid-values.edi");
        var problems = ((Decoded.Invalid) codec.decode(body)).problems();
        List<String> cusres = segments(codec.refused(body, new Outcome.Refused("The request could not be read", "3 problems", problems), AT));
        assertThat(cusres).containsSubsequence(
                "UNH+1+CUSRES:D:96B:UN",
                "BGM+962+NWI-2026-0042+27+RE",
                "RFF+ABE:NWI-2026-0042",
                "ERP+1+BGM:2", "ERC+12",
                "ERP+1+DTM:6", "ERC+12",
                "ERP+1+CST:24", "ERC+12");
        assertThat(cusres).anyMatch(s -> s.startsWith("FTX+AAO+++INVALID_VALUE::element 2.1, line 26:items[0].hsCode?: an HS code is"));
    }

    @Test
    void validationProblemsWithModelPathsArePointedBackToTheirSegmentAndElement() {
        byte[] body = Samples.bytes("invalid-hs-unknown.edi");
        var problems = List.of(
                new Problem("HS_CODE_UNKNOWN", "items[1].hsCode", "HS code 999999 is not in the nomenclature"),
                new Problem("PARTY_ID_UNKNOWN", "importer.id", "importer unknown"),
                new Problem("REQUIRED_ELEMENT_MISSING", "items[1].preferenceCode", "missing"),
                new Problem("LRN_ALREADY_USED", "", "the LRN was used before"));
        List<String> cusres = segments(codec.refused(body, new Outcome.Refused("The declaration was rejected", "4 problem(s)", problems), AT));
        assertThat(cusres).containsSubsequence(
                "ERP+2:2+CST:31", "ERC+12", "FTX+AAO+++HS_CODE_UNKNOWN:items[1].hsCode:element 2.1, line 33:HS code 999999 is not in the nomenclature",
                "ERP+1+NAD:16", "ERC+12", "FTX+AAO+++PARTY_ID_UNKNOWN:importer.id:element 2.1, line 18:importer unknown",
                "ERP+2:2+CST:31", "ERC+13",
                "ERP+1+BGM:2", "ERC+12");
    }

    @Test
    void aRefusalOfAnUnreadableRequestIsStillAWellFormedAnswer() {
        byte[] junk = "UNA:+.? 'UNB+UNOC:3+ME:ZZZ+YOU:ZZZ+261128:1200+1'UNH+1+CUSDEC:D:96B:UN'BGM+929+X+9'UNS+D'UNS+S'UNT+5+1'UNZ+1+1'".getBytes();
        var refused = new Outcome.Refused("Not allowed", "declarant differs", List.of(new Problem("FORBIDDEN", "declarant.id", "not yours")));
        List<String> cusres = segments(codec.refused(junk, refused, AT));
        assertThat(cusres).contains("BGM+962+X+27+RE", "ERP+1+BGM:2");
    }
}
