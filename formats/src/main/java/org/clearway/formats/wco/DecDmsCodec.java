package org.clearway.formats.wco;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.Decoded;

/**
 * WCO Data Model XML in the DEC-DMS profile (UK CDS, WCO DM 3.6): reads import and export declarations
 * into the Clearway model and writes them back. Reading parses safely, validates against the bundled
 * schema first and only then maps; every problem names the element by its DEC-DMS path
 * ({@code /Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID}) with its
 * line and column in the message. Thread-safe; never throws for bad input.
 */
public final class DecDmsCodec {
    private static final String REFUSAL = "a DEC-DMS declaration is md:MetaData (" + WcoNamespaces.METADATA
            + ") wrapping a Declaration, or a Declaration (" + WcoNamespaces.DECLARATION + ")";

    public Decoded decode(byte[] input) {
        XmlTreeReader.Result parsed = new XmlTreeReader(WcoSchemas.declaration(), DecDmsCodec::checkRoot).read(input);
        if (!parsed.problems().isEmpty()) return new Decoded.Invalid(parsed.problems());
        XmlNode root = parsed.root();
        XmlNode declaration = root.name.equals("Declaration") ? root : root.child("Declaration");
        if (declaration == null) {
            return new Decoded.Invalid(List.of(new Problem(WcoCodes.XML_NOT_DEC_DMS, root.path,
                    root.where() + ": this MetaData carries no Declaration (a notification?); " + REFUSAL)));
        }
        DeclarationXmlReader reader = new DeclarationXmlReader();
        Declaration d = reader.read(declaration);
        if (!reader.problems().isEmpty()) return new Decoded.Invalid(capped(reader.problems()));
        return new Decoded.Ok(d);
    }

    /** The declaration as a DEC-DMS document (MetaData wrapping a Declaration), UTF-8. */
    public byte[] encode(Declaration declaration) {
        return new DeclarationXmlWriter().write(declaration);
    }

    /** Whether bytes look like an XML document (after an optional BOM and whitespace, a '<'). */
    public static boolean looksLikeXml(byte[] content) {
        if (content == null) return false;
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) i = 3;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) i++;
        return i < content.length && content[i] == '<';
    }

    private static String checkRoot(String namespace, String name) {
        if (WcoNamespaces.METADATA.equals(namespace) && name.equals("MetaData")) return null;
        if (WcoNamespaces.DECLARATION.equals(namespace) && name.equals("Declaration")) return null;
        return "the root element is " + name + (namespace == null || namespace.isEmpty() ? " (no namespace)" : " in " + namespace) + "; " + REFUSAL;
    }

    private static List<Problem> capped(List<Problem> problems) {
        if (problems.size() <= WcoLimits.MAX_PROBLEMS) return problems;
        List<Problem> out = new ArrayList<>(problems.subList(0, WcoLimits.MAX_PROBLEMS));
        out.add(new Problem(WcoCodes.TOO_MANY_PROBLEMS, "", (problems.size() - WcoLimits.MAX_PROBLEMS) + " more problems are not listed"));
        return out;
    }
}
