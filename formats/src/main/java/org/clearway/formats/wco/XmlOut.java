package org.clearway.formats.wco;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML writer over StAX for the DMS family: one default namespace per document part, elements
 * opened and closed by name, values written only when present, lines indented by a tab so that a
 * person can read an answer.
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter w;
    private final java.util.Map<String, String> prefixes = new java.util.HashMap<>();
    private final java.util.Map<String, String> pending = new java.util.LinkedHashMap<>();
    private int depth;
    private boolean leaf;

    XmlOut() {
        try {
            w = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut open(String namespace, String name) {
        try {
            indent();
            w.writeStartElement(prefix(namespace), name, namespace);
            for (var b : pending.entrySet()) {
                if (b.getKey().isEmpty()) w.writeDefaultNamespace(b.getValue());
                else w.writeNamespace(b.getKey(), b.getValue());
            }
            pending.clear();
            depth++;
            leaf = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Binds {@code prefix} ("" for the default) to {@code uri}, declared on the next element opened. */
    XmlOut bind(String prefix, String uri) {
        prefixes.put(uri, prefix);
        pending.put(prefix, uri);
        return this;
    }

    XmlOut attribute(String name, String value) {
        try {
            if (value != null) w.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut close() {
        try {
            depth--;
            if (!leaf) indent();
            w.writeEndElement();
            leaf = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name attr="...">value</name>} when value is not null; nothing otherwise. */
    XmlOut leaf(String namespace, String name, String value, String attribute, String attributeValue) {
        if (value == null) return this;
        try {
            indent();
            w.writeStartElement(prefix(namespace), name, namespace);
            if (attribute != null && attributeValue != null) w.writeAttribute(attribute, attributeValue);
            w.writeCharacters(value);
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut leaf(String namespace, String name, String value) {
        return leaf(namespace, name, value, null, null);
    }

    static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    byte[] finish() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return new String(finish(), StandardCharsets.UTF_8);
    }

    private String prefix(String namespace) {
        return prefixes.getOrDefault(namespace, "");
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "\t".repeat(depth));
    }
}
