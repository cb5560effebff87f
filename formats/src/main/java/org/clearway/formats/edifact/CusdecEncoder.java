package org.clearway.formats.edifact;

import static org.clearway.formats.edifact.CusdecCodes.*;
import static org.clearway.formats.edifact.SegmentWriter.c;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;

/**
 * Writes declarations as CUSDEC messages of directory D96B or D01B, one message per declaration, in
 * one interchange (UNOC, syntax version 3). The inverse of {@link CusdecDecoder} for every field a
 * CUSDEC carries; long free text is split over the text components (an..70 in D96B, an..512 in D01B).
 */
public final class CusdecEncoder {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");

    private CusdecEncoder() {
    }

    /** The directories Clearway reads and writes. */
    public enum Directory {
        D96B("96B", 70), D01B("01B", 512);

        final String release;
        final int textLength;

        Directory(String release, int textLength) {
            this.release = release;
            this.textLength = textLength;
        }

        public String release() { return release; }

        /** The directory of a CUSDEC's UNH release ("96B" or "01B"), D96B for anything else. */
        public static Directory ofRelease(String release) {
            return "01B".equals(release) ? D01B : D96B;
        }
    }

    /** One interchange from {@code sender} to Clearway holding a CUSDEC for each declaration. */
    public static byte[] encode(List<Declaration> declarations, Directory directory, String sender, String controlRef, LocalDateTime at) {
        SegmentWriter w = new SegmentWriter("UNOC", "3", c(sender, "ZZZ"), c("CLEARWAY", "ZZZ"), controlRef, at);
        int ref = 1;
        for (Declaration d : declarations) {
            w.startMessage(Integer.toString(ref++), "CUSDEC", "D", directory.release);
            message(w, d, directory);
            w.endMessage();
        }
        return w.finish();
    }

    public static byte[] encode(Declaration declaration, Directory directory, String sender, String controlRef, LocalDateTime at) {
        return encode(List.of(declaration), directory, sender, controlRef, at);
    }

    private static void message(SegmentWriter w, Declaration d, Directory dir) {
        w.segment("BGM", d.type() == null ? null : documentCode(d.type()), text(d.lrn()), "9");
        Transport t = d.transport();
        if (t != null) {
            if (t.customsOffice() != null) w.segment("LOC", OFFICE, t.customsOffice());
            if (t.loadingLocation() != null) w.segment("LOC", LOADING, t.loadingLocation().value());
            if (t.unloadingLocation() != null) w.segment("LOC", UNLOADING, t.unloadingLocation().value());
        }
        if (d.invoice() != null && d.invoice().date() != null) w.segment("DTM", date(INVOICE_DATE, d.invoice().date()));
        if (t != null && t.arrivalDate() != null) w.segment("DTM", date(ARRIVAL_DATE, t.arrivalDate()));
        if (d.ucr() != null) w.segment("RFF", c(UCR, d.ucr().value()));
        for (String a : d.aeoAuthorisations()) w.segment("RFF", c(AEO, a));
        if (t != null && (t.mode() != null || t.conveyanceId() != null)) {
            w.segment("TDT", BORDER_STAGE, null, c(t.mode() == null ? null : Integer.toString(t.mode().code())),
                    null, null, null, null, c(null, null, null, t.conveyanceId()));
        }
        for (SupportingDocument doc : d.documents()) {
            String type = doc.type() == null ? null : doc.type();
            SegmentWriter.Composite name = type != null && type.length() <= 3 ? c(type) : c(null, null, null, type);
            w.segment("DOC", name, c(doc.reference()));
        }
        party(w, DECLARANT, d.declarant());
        party(w, IMPORTER, d.importer());
        party(w, EXPORTER, d.exporter());
        party(w, SELLER, d.seller());
        party(w, BUYER, d.buyer());
        if (d.incoterm() != null) w.segment("TOD", null, null, c(d.incoterm().name()));
        if (d.invoice() != null && d.invoice().total() != null) {
            var total = d.invoice().total();
            w.segment("MOA", c(INVOICE_TOTAL, number(total.amount()), total.currency().value()));
            w.segment("CUX", c("2", total.currency().value(), "4"));
        }
        if (d.valuationCosts() != null) {
            cost(w, FREIGHT, d.valuationCosts().freight());
            cost(w, INSURANCE, d.valuationCosts().insurance());
        }
        w.segment("UNS", "D");
        for (GoodsItem i : d.items()) item(w, i, dir);
        w.segment("UNS", "S");
    }

    private static void item(SegmentWriter w, GoodsItem i, Directory dir) {
        w.segment("CST", Integer.toString(i.sequence()),
                i.hsCode() == null ? null : c(i.hsCode().value(), HS, "ZZZ"),
                i.procedureCode() == null ? null : c(i.procedureCode(), PROCEDURE, "ZZZ"),
                i.preferenceCode() == null ? null : c(i.preferenceCode(), PREFERENCE, "ZZZ"));
        if (i.description() != null) {
            Object[] ftx = {GOODS_DESCRIPTION, null, null, c(split(i.description(), Math.min(dir.textLength, SegmentWriter.MAX_WRITTEN_COMPONENT), 5))};
            w.segment("FTX", ftx);
        }
        if (i.origin() != null) w.segment("LOC", ORIGIN, i.origin().value());
        if (i.netMass() != null) w.segment("MEA", MEASUREMENT, c(NET_MASS), c(KILOGRAM, number(i.netMass())));
        if (i.grossMass() != null) w.segment("MEA", MEASUREMENT, c(GROSS_MASS), c(KILOGRAM, number(i.grossMass())));
        if (i.quantity() != null) w.segment("MEA", QUANTITY, null, c(i.quantity().unit(), number(i.quantity().value())));
        if (i.value() != null) w.segment("MOA", c(ITEM_VALUE, number(i.value())));
    }

    private static void party(SegmentWriter w, String qualifier, Party p) {
        if (p == null) return;
        var a = p.address();
        w.segment("NAD", qualifier,
                p.id() == null ? null : c(p.id().value(), null, "ZZZ"),
                null,
                p.name() == null ? null : c(split(p.name(), 35, 5)),
                a == null || a.street() == null ? null : c(split(a.street(), 35, 4)),
                a == null ? null : a.city(),
                null,
                a == null ? null : a.postcode(),
                a == null || a.country() == null ? null : a.country().value());
    }

    /** Free text split over at most {@code parts} components of {@code width} characters. */
    static String[] split(String text, int width, int parts) {
        if (text.length() > width * parts) {
            throw new IllegalArgumentException("text of " + text.length() + " characters does not fit in " + parts + " components of " + width);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) out.add(text.substring(i, Math.min(text.length(), i + width)));
        return out.toArray(String[]::new);
    }

    private static SegmentWriter.Composite date(String qualifier, LocalDate date) {
        return c(qualifier, date.format(YYYYMMDD), CCYYMMDD);
    }

    private static String number(BigDecimal n) { return n.toPlainString(); }

    private static String text(Object o) { return o == null ? null : o.toString(); }

    /** A valuation cost as {@code MOA+qualifier:amount:currency}, when there is one. */
    private static void cost(SegmentWriter w, String qualifier, Money m) {
        if (m != null) w.segment("MOA", c(qualifier, number(m.amount()), m.currency().value()));
    }
}
