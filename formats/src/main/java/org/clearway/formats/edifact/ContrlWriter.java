package org.clearway.formats.edifact;

import static org.clearway.formats.edifact.SegmentWriter.c;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the CONTRL (D:3, or 4:1 in syntax version 4) that answers an interchange with syntax errors: UCI for the interchange
 * (action 4, rejected, when the interchange level is at fault; 7, acknowledged, otherwise), then for
 * each message a UCM (action 4 or 7) and, for each of its errors, a UCS with the segment's position
 * counted from UNH and, when an element is at fault, a UCD with the element and component positions.
 * The syntax error codes are ISO 9735's (data element 0085, see {@link SyntaxCodes}). Sent from the
 * interchange's recipient back to its sender, in its syntax identifier and version.
 */
final class ContrlWriter {
    static final String REJECTED = "4", ACKNOWLEDGED = "7";

    private ContrlWriter() {
    }

    /** The CONTRL for {@code in}, sent back through envelope {@code received} (normally {@code in}'s own). */
    static byte[] write(Interchange in, Envelope received, String controlRef, LocalDateTime at) {
        Envelope e = Envelopes.safe(received);
        SegmentWriter w = new SegmentWriter(e.syntaxId(), e.syntaxVersion(), c(orUnknown(e.recipient()), e.recipientQualifier()),
                c(orUnknown(e.sender()), e.senderQualifier()), controlRef, at);
        // CONTRL is D:3 under syntax version 3, and 4:1 under version 4 (as StAEDI's control schemas have it).
        if (e.syntaxVersion().equals("4")) w.startMessage("1", "CONTRL", "4", "1");
        else w.startMessage("1", "CONTRL", "D", "3");
        List<SyntaxError> top = in.errors();
        if (top.isEmpty()) {
            w.segment("UCI", orUnknown(e.controlRef()), sender(e), recipient(e), ACKNOWLEDGED);
        } else {
            SyntaxError first = top.get(0);
            boolean service = first.tag() != null && first.tag().matches("UN[A-Z]");
            w.segment("UCI", orUnknown(e.controlRef()), sender(e), recipient(e), REJECTED, first.code(),
                    service ? first.tag() : null, service && first.element() > 0 ? c(Integer.toString(first.element()), first.component() > 0 ? Integer.toString(first.component()) : null) : null);
        }
        for (Message m : in.messages()) {
            Segment unh = m.segments().get(0);
            SegmentWriter.Composite id = c(Envelopes.echo(unh.at(2, 1), false), Envelopes.echo(unh.at(2, 2), false),
                    Envelopes.echo(unh.at(2, 3), false), Envelopes.echo(unh.at(2, 4), false));
            String ref = Envelopes.echo(m.ref(), true);
            SyntaxError inTrailer = m.errors().stream().filter(x -> "UNT".equals(x.tag()) || "UNH".equals(x.tag())).findFirst().orElse(null);
            if (inTrailer != null) {
                w.segment("UCM", ref, id, REJECTED, inTrailer.code(), inTrailer.tag(),
                        inTrailer.element() > 0 ? c(Integer.toString(inTrailer.element()), inTrailer.component() > 0 ? Integer.toString(inTrailer.component()) : null) : null);
            } else {
                w.segment("UCM", ref, id, m.errors().isEmpty() && top.isEmpty() ? ACKNOWLEDGED : REJECTED);
            }
            for (SyntaxError x : m.errors()) {
                if (x == inTrailer) continue;
                if (x.element() > 0) {
                    w.segment("UCS", Integer.toString(x.position()));
                    w.segment("UCD", x.code(), c(Integer.toString(x.element()), x.component() > 0 ? Integer.toString(x.component()) : null));
                } else {
                    w.segment("UCS", Integer.toString(x.position()), x.code());
                }
            }
        }
        w.endMessage();
        return w.finish();
    }

    private static SegmentWriter.Composite sender(Envelope e) { return c(orUnknown(e.sender()), e.senderQualifier()); }

    private static SegmentWriter.Composite recipient(Envelope e) { return c(orUnknown(e.recipient()), e.recipientQualifier()); }

    private static String orUnknown(String s) { return s == null || s.isEmpty() ? "UNKNOWN" : s; }
}
