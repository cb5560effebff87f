package org.clearway.formats.edifact;

/**
 * A syntax error found in an interchange, as a CONTRL reports it: the UN/EDIFACT syntax error code
 * (data element 0085), the message it is in ({@code messageRef} null for the interchange level), the
 * segment's position within that message (counted from UNH; at interchange level from the first
 * segment, UNA when present) and tag,
 * the element and component (0 when the whole segment is at fault) and the line it is on.
 */
public record SyntaxError(String code, String messageRef, int position, String tag, int element, int component,
                          int line, String text) {

    /** Where the error is, for people: "segment 7 NAD, element 2.1, line 9". */
    public String where() {
        StringBuilder b = new StringBuilder();
        if (messageRef != null) b.append("message ").append(messageRef).append(", ");
        b.append("segment ").append(position).append(' ').append(tag == null ? "?" : tag);
        if (element > 0) b.append(", element ").append(element).append(component > 0 ? "." + component : "");
        if (line > 0) b.append(", line ").append(line);
        return b.toString();
    }
}
