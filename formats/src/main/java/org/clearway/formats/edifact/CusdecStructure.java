package org.clearway.formats.edifact;

import java.util.Set;

/**
 * Which segments a CUSDEC (D96B and D01B) has in each of its sections: the heading before UNS+D, the
 * goods items (detail) between UNS+D and UNS+S, and the summary after UNS+S. Taken from the
 * message structures (Microsoft BizTalk schemas EFACT_D96B_CUSDEC.xsd and EFACT_D01B_CUSDEC.xsd, see
 * formats/src/main/resources/org/clearway/formats/edifact/PROVENANCE.md); a segment outside its
 * section's set is a syntax error (0085 code 15, not supported in this position).
 */
final class CusdecStructure {
    static final Set<String> HEADING = Set.of("BGM", "CST", "LOC", "DTM", "GIS", "FII", "MEA", "EQD", "SEL", "FTX",
            "RFF", "PAC", "PCI", "TDT", "TPL", "DOC", "NAD", "CTA", "COM", "TOD", "MOA", "CUX");
    static final Set<String> DETAIL = Set.of("DMS", "DTM", "MEA", "MOA", "CUX", "TOD", "LOC", "FTX", "NAD", "DOC",
            "PAC", "PCI", "RFF", "PAT", "PCD", "ALC", "RTE", "QTY", "LIN", "PIA", "PRI", "QVR", "GIR", "IMD",
            "CST", "TDT", "GIN", "GDS", "GIS", "TAX");
    static final Set<String> SUMMARY = Set.of("CNT", "TAX", "MOA", "GIS", "AUT", "DTM");

    private CusdecStructure() {
    }

    static boolean known(String tag) {
        return HEADING.contains(tag) || DETAIL.contains(tag) || SUMMARY.contains(tag) || tag.equals("UNS");
    }
}
