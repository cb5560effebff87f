package org.clearway.formats.wco;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a parsed document, with where it was (its path in DEC-DMS element names and its
 * line and column) so that a problem found while mapping can point at it.
 */
final class XmlNode {
    final String namespace;
    final String name;
    final String path;
    final int line;
    final int column;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String namespace, String name, String path, int line, int column, Map<String, String> attributes) {
        this.namespace = namespace;
        this.name = name;
        this.path = path;
        this.line = line;
        this.column = column;
        this.attributes = attributes;
    }

    /** The first child named {@code name}, or null. */
    XmlNode child(String name) {
        for (XmlNode c : children) if (c.name.equals(name)) return c;
        return null;
    }

    /** The first element at {@code a/b/c} below this one, or null. */
    XmlNode at(String relative) {
        XmlNode n = this;
        for (String step : relative.split("/")) {
            n = n.child(step);
            if (n == null) return null;
        }
        return n;
    }

    List<XmlNode> all(String name) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) if (c.name.equals(name)) out.add(c);
        return out;
    }

    String text() {
        return text.toString();
    }

    /** Where this element is, for messages. */
    String where() {
        return "line " + line + ", column " + column;
    }
}
