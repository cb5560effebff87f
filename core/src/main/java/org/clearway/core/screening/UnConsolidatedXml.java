package org.clearway.core.screening;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list (CONSOLIDATED_LIST with INDIVIDUAL and ENTITY
 * elements): the name from FIRST_NAME .. FOURTH_NAME, aliases from INDIVIDUAL_ALIAS / ENTITY_ALIAS,
 * countries from NATIONALITY and the address COUNTRY. The reader is a StAX stream with DTDs and
 * external entities switched off, so a hostile file can neither reach outside nor expand entities
 * (a DOCTYPE is refused as a problem). Malformed XML is a problem, never an exception.
 */
public final class UnConsolidatedXml {
    public static final String LIST = "UN";
    static final int MAX_ENTRIES = 1_000_000;
    private static final XMLInputFactory FACTORY = safeFactory();

    private UnConsolidatedXml() {}

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public static ParsedList parse(byte[] xml, String source) {
        List<WatchListEntry> entries = new ArrayList<>();
        List<ListProblem> problems = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            Builder b = null;
            String field = null, section = null;
            int depth = 0;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> {
                        problems.add(new ListProblem(r.getLocation().getLineNumber(), "DOCTYPE_NOT_ALLOWED",
                                "the list must not declare a DOCTYPE (entities are not expanded)"));
                        return new ParsedList(new WatchList(LIST, source, List.of()), problems);
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        problems.add(new ListProblem(r.getLocation().getLineNumber(), "ENTITY_NOT_ALLOWED", "entity references are not expanded"));
                        return new ParsedList(new WatchList(LIST, source, List.of()), problems);
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String el = r.getLocalName();
                        if (el.equals("INDIVIDUAL") || el.equals("ENTITY")) {
                            b = new Builder(el.equals("INDIVIDUAL") ? "individual" : "entity", r.getLocation().getLineNumber());
                            depth = 0;
                        } else if (b != null) {
                            if (++depth == 1) section = el;
                            field = el;
                            text.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (b != null && field != null && text.length() < 4096) text.append(r.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String el = r.getLocalName();
                        if (b != null && (el.equals("INDIVIDUAL") || el.equals("ENTITY"))) {
                            b.finish(source, entries, problems);
                            b = null;
                            if (entries.size() >= MAX_ENTRIES) break;
                        } else if (b != null) {
                            if (field != null) b.field(section, el, text.toString().trim());
                            field = null;
                            text.setLength(0);
                            depth--;
                        }
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            int line = r == null || r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
            problems.add(new ListProblem(Math.max(line, 0), "MALFORMED_XML", "the XML is not well formed: " + firstLine(e.getMessage())));
        } finally {
            if (r != null) try { r.close(); } catch (XMLStreamException ignored) { }
        }
        if (entries.isEmpty() && problems.isEmpty()) problems.add(new ListProblem(0, "EMPTY_LIST", "the file holds no INDIVIDUAL or ENTITY"));
        return new ParsedList(new WatchList(LIST, source, entries), problems);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String one = s.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(s);
        return one.length() > 200 ? one.substring(0, 200) : one;
    }

    private static final class Builder {
        final String kind;
        final int line;
        String id = "", ref = "";
        final String[] parts = new String[4];
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();

        Builder(String kind, int line) { this.kind = kind; this.line = line; }

        void field(String section, String el, String v) {
            if (v.isEmpty()) return;
            switch (el) {
                case "DATAID" -> id = v;
                case "REFERENCE_NUMBER" -> ref = v;
                case "FIRST_NAME" -> parts[0] = v;
                case "SECOND_NAME" -> parts[1] = v;
                case "THIRD_NAME" -> parts[2] = v;
                case "FOURTH_NAME" -> parts[3] = v;
                case "ALIAS_NAME" -> { if (aliases.size() < 200) aliases.add(v); }
                case "VALUE", "COUNTRY" -> {
                    boolean place = "NATIONALITY".equals(section) || section != null && section.endsWith("_ADDRESS");
                    if (place && countries.size() < 20) CountryNames.bundled().code(v).ifPresent(countries::add);
                }
                default -> { }
            }
        }

        void finish(String source, List<WatchListEntry> out, List<ListProblem> problems) {
            StringBuilder name = new StringBuilder();
            for (String p : parts) if (p != null) name.append(name.isEmpty() ? "" : " ").append(p);
            String entryId = !ref.isEmpty() ? ref : id;
            if (entryId.isEmpty()) { problems.add(new ListProblem(line, "MISSING_ID", "an " + kind + " without DATAID or REFERENCE_NUMBER")); return; }
            if (name.isEmpty()) { problems.add(new ListProblem(line, "MISSING_NAME", kind + " " + entryId + " has no name")); return; }
            aliases.remove(name.toString());
            out.add(new WatchListEntry(LIST, entryId, name.toString(), List.copyOf(aliases), List.copyOf(countries), kind));
        }
    }
}
