package org.clearway.formats.edifact;

/**
 * Where a value is in a message: the segment's tag and position (counted from UNH = 1), the element
 * and component (0 for the whole segment) and the line. Used in problem paths and in the CUSRES
 * error point details (ERP) that answer a refused declaration.
 */
public record Pointer(String tag, int position, int element, int component, int line) {

    static Pointer of(Segment s, int element, int component) {
        return new Pointer(s.tag(), s.position(), element, component, s.line());
    }

    /** The same segment, as a whole. */
    Pointer segment() { return new Pointer(tag, position, 0, 0, line); }

    /** "segment 8 NAD, element 2.1, line 8". */
    public String describe() {
        StringBuilder b = new StringBuilder("segment ").append(position).append(' ').append(tag);
        if (element > 0) b.append(", element ").append(element).append(component > 0 ? "." + component : "");
        return b.append(", line ").append(line).toString();
    }
}
