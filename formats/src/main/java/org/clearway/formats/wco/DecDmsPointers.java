package org.clearway.formats.wco;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clearway.formats.wco.DmsNotification.Pointer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a DEC-DMS element path into the pointers of a rejection (DMSREJ Error/Pointer), as CDS writes
 * them: one pointer per WCO class on the path (DocumentSectionCode, e.g. 42A Declaration, 68A goods
 * item), with its SequenceNumeric when the class repeats, and the attribute's WCO tag (TagID, e.g.
 * R144) on the last. The WCO ids are read once from the annotations of the bundled WCO_DEC_2_DMS.xsd.
 */
public final class DecDmsPointers {
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private record Info(String wcoId, boolean repeats, boolean isClass) {
    }

    private static final class Holder {
        static final Map<String, Info> BY_PATH = load();
    }

    private DecDmsPointers() {
    }

    /** The pointers for {@code path} (e.g. /Declaration/AuthorisationHolder[2]/ID); empty when the path is not in DEC-DMS. */
    public static List<Pointer> of(String path) {
        List<Pointer> pointers = new ArrayList<>();
        if (path == null || !path.startsWith("/Declaration")) return pointers;
        StringBuilder plain = new StringBuilder();
        for (String step : path.substring(1).split("/")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) break;
            plain.append('/').append(m.group(1));
            Info info = Holder.BY_PATH.get(plain.toString());
            if (info == null || info.wcoId() == null) break;
            if (info.isClass()) {
                Integer sequence = info.repeats() ? (m.group(2) == null ? 1 : Integer.parseInt(m.group(2))) : null;
                if (info.wcoId().length() <= 3) pointers.add(new Pointer(sequence, info.wcoId(), null));
            } else if (!pointers.isEmpty() && info.wcoId().length() <= 4) {
                Pointer last = pointers.removeLast();
                pointers.add(new Pointer(last.sequence(), last.sectionCode(), info.wcoId()));
                break;
            }
        }
        return pointers;
    }

    private static Map<String, Info> load() {
        try (InputStream in = DecDmsPointers.class.getResourceAsStream("/org/clearway/formats/wco/xsd/declaration/WCO_DEC_2_DMS.xsd")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element schema = f.newDocumentBuilder().parse(in).getDocumentElement();
            Map<String, Element> types = new HashMap<>();
            for (Node n = schema.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "complexType".equals(e.getLocalName())) types.put(e.getAttribute("name"), e);
            }
            Map<String, Info> map = new HashMap<>();
            for (Node n = schema.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "element".equals(e.getLocalName())) element(e, "", types, map);
            }
            return Map.copyOf(map);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read the WCO ids of the bundled DEC-DMS schema", e);
        }
    }

    /** An element is a WCO class when its content is elements: an inline complex type, or a named one of this schema (Declaration). */
    private static void element(Element e, String path, Map<String, Element> types, Map<String, Info> map) {
        String p = path + "/" + e.getAttribute("name");
        Element named = types.get(e.getAttribute("type"));
        boolean isClass = !e.hasAttribute("type") || named != null;
        map.put(p, new Info(wcoId(e), !"".equals(e.getAttribute("maxOccurs")) && !"1".equals(e.getAttribute("maxOccurs")), isClass));
        walk(named != null ? named : e, p, types, map);
    }

    private static void walk(Element parent, String path, Map<String, Element> types, Map<String, Info> map) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !XS.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "annotation" -> { }
                case "element" -> element(e, path, types, map);
                default -> walk(e, path, types, map);
            }
        }
    }

    /** The first WCOID in the element's own annotation. */
    private static String wcoId(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element a && "annotation".equals(a.getLocalName())) {
                var ids = a.getElementsByTagNameNS("*", "WCOID");
                return ids.getLength() == 0 ? null : ids.item(0).getTextContent().trim();
            }
        }
        return null;
    }
}
