package org.clearway.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The reader's table of which segments a CUSDEC has in its heading, goods items and summary
 * ({@link CusdecStructure}) is the published structure's: read from the message structure schemas in
 * src/test/resources/.../edifact/structures (see their PROVENANCE.md).
 */
class CusdecStructureTest {
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @ParameterizedTest
    @ValueSource(strings = {"EFACT_D96B_CUSDEC.xsd", "EFACT_D01B_CUSDEC.xsd"})
    void theSectionsAreThePublishedStructures(String schema) throws Exception {
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("structures/" + schema)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            doc = f.newDocumentBuilder().parse(in);
        }
        Map<String, Element> global = new HashMap<>();
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("element")) global.put(e.getAttribute("name"), e);
        }
        Element root = global.get(schema.replace(".xsd", ""));
        Map<String, Set<String>> sections = new HashMap<>();
        String[] section = {"heading"};
        walk(root, global, sections, section);
        assertThat(sections.get("heading")).isEqualTo(new TreeSet<>(CusdecStructure.HEADING));
        assertThat(sections.get("detail")).isEqualTo(new TreeSet<>(CusdecStructure.DETAIL));
        assertThat(sections.get("summary")).isEqualTo(new TreeSet<>(CusdecStructure.SUMMARY));
    }

    /** Every segment of {@code e}'s sequence, in order; UNS moves on to the next section. */
    private static void walk(Element e, Map<String, Element> global, Map<String, Set<String>> sections, String[] section) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child) || !XS.equals(child.getNamespaceURI())) continue;
            if (child.getLocalName().equals("element")) {
                String name = child.hasAttribute("ref") ? child.getAttribute("ref") : child.getAttribute("name");
                String tag = tagOf(child);
                if (name.contains("Loop")) {
                    walk(global.get(name), global, sections, section);
                } else if (tag != null) {
                    if (tag.equals("UNS")) section[0] = section[0].equals("heading") ? "detail" : "summary";
                    else sections.computeIfAbsent(section[0], k -> new TreeSet<>()).add(tag);
                } else if (name.matches("[A-Z]{3}") && !name.equals("UNH") && !name.equals("UNT")) {
                    sections.computeIfAbsent(section[0], k -> new TreeSet<>()).add(name);
                }
            } else {
                walk(child, global, sections, section);
            }
        }
    }

    private static String tagOf(Element element) {
        var infos = element.getElementsByTagNameNS("http://schemas.microsoft.com/BizTalk/2003", "recordInfo");
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            if (info.getParentNode().getParentNode().getParentNode() == element && info.hasAttribute("tag_name")) return info.getAttribute("tag_name");
        }
        return null;
    }
}
