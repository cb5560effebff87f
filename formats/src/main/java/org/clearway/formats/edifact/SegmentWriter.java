package org.clearway.formats.edifact;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes one interchange with StAEDI's stream writer (which escapes the delimiters in data with the
 * release character and checks the service segments against its control schema), one segment per
 * line. Elements are given as a String (simple), a {@link Composite} (made with {@link #c}) or null (empty); empty
 * trailing elements and components are left out.
 */
final class SegmentWriter {
    private static final EDIOutputFactory FACTORY = EDIOutputFactory.newFactory();

    static {
        FACTORY.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        FACTORY.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
    }

    /**
     * Longest text Clearway writes in one component: StAEDI's writer holds an element in a buffer of
     * about 500 characters, and the release character may double every character.
     */
    static final int MAX_WRITTEN_COMPONENT = 240;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private final String controlRef;
    private int messages;
    private int messageSegments;
    private String messageRef;

    /** Starts an interchange: UNA and UNB from {@code sender} to {@code recipient}. */
    SegmentWriter(String syntaxId, String syntaxVersion, Composite sender, Composite recipient, String controlRef, LocalDateTime at) {
        this.controlRef = controlRef;
        try {
            writer = FACTORY.createEDIStreamWriter(out, CharacterSets.charset(syntaxId).name());
            writer.setControlSchema(ControlSchemas.forVersion(syntaxVersion));
            writer.startInterchange();
            writer.writeStartSegment("UNA").writeEndSegment();
            boolean v4 = "4".equals(syntaxVersion);
            segment("UNB", c(syntaxId, syntaxVersion), sender, recipient,
                    c(at.format(DateTimeFormatter.ofPattern(v4 ? "yyyyMMdd" : "yyMMdd")), at.format(DateTimeFormatter.ofPattern("HHmm"))),
                    controlRef);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not start an EDIFACT interchange", e);
        }
    }

    void startMessage(String ref, String type, String version, String release) {
        messages++;
        messageSegments = 0;
        messageRef = ref;
        segment("UNH", ref, c(type, version, release, "UN"));
    }

    void endMessage() {
        segment("UNT", Integer.toString(messageSegments + 1), messageRef);
        messageRef = null;
    }

    /** Writes a segment; counted into the message's UNT when inside one. */
    void segment(String tag, Object... elements) {
        try {
            writer.writeStartSegment(tag);
            int last = elements.length;
            while (last > 0 && empty(elements[last - 1])) last--;
            for (int i = 0; i < last; i++) {
                Object e = elements[i];
                if (empty(e)) {
                    writer.writeEmptyElement();
                } else if (e instanceof Composite(String[] components)) {
                    int n = components.length;
                    while (n > 0 && (components[n - 1] == null || components[n - 1].isEmpty())) n--;
                    writer.writeStartElement();
                    for (int c = 0; c < n; c++) {
                        if (components[c] == null || components[c].isEmpty()) writer.writeEmptyComponent();
                        else writer.writeComponent(components[c]);
                    }
                    writer.endElement();
                } else {
                    writer.writeElement(e.toString());
                }
            }
            writer.writeEndSegment();
            if (messageRef != null || tag.equals("UNH")) messageSegments++;
        } catch (EDIStreamException e) {
            throw new IllegalArgumentException("could not write segment " + tag + ": " + e.getMessage(), e);
        }
    }

    /** A composite element: its components, null or "" for an empty one. */
    record Composite(String[] components) {
    }

    static Composite c(String... components) { return new Composite(components); }

    private static boolean empty(Object e) {
        if (e == null) return true;
        if (e instanceof String s) return s.isEmpty();
        if (e instanceof Composite(String[] c)) {
            for (String x : c) if (x != null && !x.isEmpty()) return false;
            return true;
        }
        return false;
    }

    /** Ends the interchange (UNZ) and gives its bytes. */
    byte[] finish() {
        segment("UNZ", Integer.toString(messages), controlRef);
        try {
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
        return out.toByteArray();
    }
}
