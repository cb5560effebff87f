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
            w.writeStartElement(namespace, name);
            depth++;
            leaf = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut namespace(String prefix, String uri) {
        try {
            if (prefix.isEmpty()) {
                w.setDefaultNamespace(uri);
                w.writeDefaultNamespace(uri);
            } else {
                w.setPrefix(prefix, uri);
                w.writeNamespace(prefix, uri);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
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
            w.writeStartElement(namespace, name);
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

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "\t".repeat(depth));
    }
}
