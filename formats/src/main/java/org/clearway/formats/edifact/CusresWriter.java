package org.clearway.formats.edifact;

import static org.clearway.formats.edifact.CusdecCodes.*;
import static org.clearway.formats.edifact.SegmentWriter.c;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.clearway.core.validation.Problem;

/**
 * Writes the CUSRES that answers a CUSDEC, in the CUSDEC's directory (D96B or D01B) and syntax.
 *
 * <p>Accepted: BGM 962 with the MRN, message function 9 (original; 7, duplicate, for a replay) and
 * response type AP; DTM 137; FTX+CUS with the status; GIS with the lane (GRN, BLU, YLW, RED; code list
 * LAN, agency ZZZ); RFF+ABT the MRN and RFF+ABE the LRN; TAX+3 with MOA+124 for each duty or tax and
 * TAX+4 with MOA+176 for the total due.
 *
 * <p>Refused: BGM 962 with the LRN, message function 27 (not accepted) and response type RE; FTX+AAO
 * with the reason; RFF+ABE the LRN; and for each problem an ERP group: ERP with the message section
 * (1 heading, 2 goods items) and item number, and the segment's tag and position counted from UNH;
 * ERC 12 (invalid value) or 13 (missing); FTX+AAO with the problem's code, model path, element
 * pointer (element, component, line) and message.
 */
final class CusresWriter {
    private static final Map<String, String> LANES = Map.of("GREEN", "GRN", "BLUE", "BLU", "YELLOW", "YLW", "RED", "RED");

    private CusresWriter() {
    }

    /** {@code mapped} is the decoded request message (for pointers), or null when it could not be mapped. */
    static byte[] write(Envelope received, String release, String requestRef, CusdecDecoder.Mapped mapped,
                        Outcome outcome, String controlRef, LocalDateTime at) {
        Envelope e = Envelopes.safe(received);
        int text = Math.min(CusdecEncoder.Directory.ofRelease(release).textLength, SegmentWriter.MAX_WRITTEN_COMPONENT);
        SegmentWriter w = new SegmentWriter(e.syntaxId(), e.syntaxVersion(), c(e.recipient(), e.recipientQualifier()),
                c(e.sender(), e.senderQualifier()), controlRef, at);
        w.startMessage("1", "CUSRES", "D", CusdecEncoder.Directory.ofRelease(release).release());
        String stamp = at.format(DateTimeFormatter.ofPattern("uuuuMMddHHmm"));
        switch (outcome) {
            case Outcome.Accepted a -> {
                w.segment("BGM", "962", a.mrn(), a.created() ? "9" : "7", "AP");
                w.segment("DTM", c(DOCUMENT_DATE, stamp, CCYYMMDDHHMM));
                if (a.status() != null) w.segment("FTX", STATUS_TEXT, null, null, c(a.status()));
                if (a.lane() != null) w.segment("GIS", c(LANES.getOrDefault(a.lane(), a.lane()), "LAN", "ZZZ"));
                w.segment("RFF", c(MRN, a.mrn()));
                if (a.lrn() != null) w.segment("RFF", c(LRN, a.lrn()));
                for (Outcome.Tax t : a.taxes()) {
                    boolean total = t.type().equals("TOTAL");
                    w.segment("TAX", total ? "4" : "3", total ? null : c(t.type()));
                    w.segment("MOA", c(total ? TOTAL_DUE : TAX_AMOUNT, t.amount().toPlainString(), t.currency()));
                }
            }
            case Outcome.Refused r -> {
                String lrn = lrnOf(mapped);
                w.segment("BGM", "962", lrn != null ? lrn : Envelopes.echo(requestRef, true), "27", "RE");
                w.segment("DTM", c(DOCUMENT_DATE, stamp, CCYYMMDDHHMM));
                w.segment("FTX", ERROR_TEXT, null, null, c(CusdecEncoder.split(clip(r.title() + ": " + r.detail(), text * 5), text, 5)));
                if (lrn != null) w.segment("RFF", c(LRN, lrn));
                for (Problem p : r.problems()) errorPoint(w, mapped, p, text);
            }
        }
        w.endMessage();
        return w.finish();
    }

    private static void errorPoint(SegmentWriter w, CusdecDecoder.Mapped mapped, Problem p, int text) {
        Pointer at = mapped == null ? new Pointer("UNH", 1, 0, 0, 0) : mapped.pointerForProblem(p.path());
        String path = p.path() == null || p.path().equals(at.describe()) ? "" : p.path();
        String item = path.startsWith("items[") && path.indexOf(']') > 6 ? itemNumber(path) : null;
        w.segment("ERP", c(item == null ? "1" : "2", item), c(at.tag(), Integer.toString(at.position())));
        String code = p.code().contains("MISSING") || p.code().contains("REQUIRED") ? "13" : "12";
        w.segment("ERC", c(code));
        String element = at.element() > 0 ? "element " + at.element() + (at.component() > 0 ? "." + at.component() : "") + ", line " + at.line() : "line " + at.line();
        String message = clip(p.message(), text * 2);
        String[] parts = CusdecEncoder.split(message.isEmpty() ? p.code() : message, text, 2);
        w.segment("FTX", ERROR_TEXT, null, null, c(clip(p.code(), text), clip(path, text), clip(element, text),
                parts[0], parts.length > 1 ? parts[1] : null));
    }

    private static String itemNumber(String path) {
        try {
            return Integer.toString(Integer.parseInt(path.substring(6, path.indexOf(']'))) + 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String lrnOf(CusdecDecoder.Mapped mapped) {
        if (mapped == null) return null;
        String lrn = mapped.message().segments().size() > 1 && mapped.message().segments().get(1).tag().equals("BGM")
                ? mapped.message().segments().get(1).at(2, 1) : "";
        return lrn.matches("[A-Za-z0-9][A-Za-z0-9./_-]{0,34}") ? lrn : null;
    }

    private static String clip(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
