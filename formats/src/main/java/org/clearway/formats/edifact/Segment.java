package org.clearway.formats.edifact;

import java.util.List;

/**
 * One segment as read: its tag, its position counted from UNH (1) within its message (0 for service
 * segments outside a message), the line it starts on, and its elements, each a list of components.
 */
public record Segment(String tag, int position, int line, List<List<String>> elements) {
    public Segment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** Component {@code component} of element {@code element}, both counted from 1; "" when absent. */
    public String at(int element, int component) {
        if (element < 1 || element > elements.size()) return "";
        List<String> e = elements.get(element - 1);
        return component < 1 || component > e.size() ? "" : e.get(component - 1);
    }

    /** The first component of element {@code element}. */
    public String at(int element) { return at(element, 1); }

    /** The segment's tag and its first element, e.g. "NAD+IM", as traders name segments. */
    public String name() {
        String q = at(1);
        return q.isEmpty() ? tag : tag + "+" + q;
    }
}
