package org.clearway.formats.manifest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.CodeChars;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.UnLocode;
import org.clearway.formats.json.JsonLimits;

/**
 * The fast path of a CSV manifest line: its fields straight into a {@link Declaration}, with no JSON
 * tree in between. It gives the declaration the API's JSON decoder gives for the same line (the tree
 * {@link CsvTree} builds: an empty field is an absent element, a party, address, invoice,
 * transport, item or quantity is there when any of its fields is non-empty), and it reads each value
 * by the same rules (lengths, free text blank as absent, codes, decimals, dates, the transport mode).
 * It does not report problems: for any line the JSON decoder would find a problem in it gives null,
 * and the caller decodes that line the reference way, so a bad line's problems are the API's by
 * construction. CsvDecoderDifferentialTest and CsvDecoderFuzzTest hold the two paths to the same
 * answers. One per header; it keeps the line being decoded, so one thread uses it.
 */
final class CsvDecoder {
    private static final int COLUMNS = ManifestColumn.values().length;

    /** For each column (by ordinal), its field's index in a line, or -1 when the header lacks it. */
    private final int[] index = new int[COLUMNS];
    /** The line's fields by column (null when empty or missing); reused, one decoder per reader. */
    private final String[] f = new String[COLUMNS];
    /** Whether to look for unpaired surrogates in the line being decoded. */
    private boolean surrogates;
    /** Whether the line being decoded has a problem somewhere. */
    private boolean refused;

    CsvDecoder(List<ManifestColumn> columns) {
        Arrays.fill(index, -1);
        for (int i = 0; i < columns.size(); i++) index[columns.get(i).ordinal()] = i;
    }

    /** The declaration, or null when the line has any problem (then decode it the reference way). */
    Declaration decode(List<String> values) {
        return decode(values, true);
    }

    /**
     * As {@link #decode(List)}; {@code surrogates} false skips the search for unpaired UTF-16
     * surrogates, for fields cut from text that was decoded from UTF-8 (which cannot hold one).
     */
    Declaration decode(List<String> values, boolean surrogates) {
        this.surrogates = surrogates;
        for (int c = 0; c < COLUMNS; c++) {
            int i = index[c];
            String v = i < 0 ? null : values.get(i);
            f[c] = v == null || v.isEmpty() ? null : v;
        }
        refused = false;
        Declaration d = declaration();
        return refused ? null : d;
    }

    private Declaration declaration() {
        Lrn lrn = make(value(ManifestColumn.LRN), Lrn::new);
        Party declarant = any(ManifestColumn.DECLARANT_ID, ManifestColumn.DECLARANT_NAME)
                ? new Party(make(value(ManifestColumn.DECLARANT_ID), PartyId::new), text(ManifestColumn.DECLARANT_NAME, JsonLimits.MAX_NAME_LENGTH), null)
                : null;
        Party importer = party(ManifestColumn.CONSIGNEE_ID, ManifestColumn.CONSIGNEE_NAME, ManifestColumn.CONSIGNEE_STREET,
                ManifestColumn.CONSIGNEE_CITY, ManifestColumn.CONSIGNEE_POSTCODE, ManifestColumn.CONSIGNEE_COUNTRY);
        Party exporter = party(ManifestColumn.CONSIGNOR_ID, ManifestColumn.CONSIGNOR_NAME, ManifestColumn.CONSIGNOR_STREET,
                ManifestColumn.CONSIGNOR_CITY, ManifestColumn.CONSIGNOR_POSTCODE, ManifestColumn.CONSIGNOR_COUNTRY);
        Invoice invoice = invoice();
        Transport transport = transport();
        List<GoodsItem> items = item();
        if (refused) return null;
        return new Declaration(DeclarationType.LOW_VALUE, lrn, null, declarant, importer, exporter, null, null,
                invoice, null, transport, items, null, null, null);
    }

    private Party party(ManifestColumn id, ManifestColumn name, ManifestColumn street, ManifestColumn city,
                        ManifestColumn postcode, ManifestColumn country) {
        boolean address = any(street, city, postcode, country);
        if (!address && !any(id, name)) return null;
        return new Party(make(value(id), PartyId::new), text(name, JsonLimits.MAX_NAME_LENGTH), address
                ? new Address(text(street, JsonLimits.MAX_NAME_LENGTH), text(city, JsonLimits.MAX_CODE_LENGTH),
                        text(postcode, JsonLimits.MAX_CODE_LENGTH), make(value(country), CountryCode::new))
                : null);
    }

    /** Money needs both halves; one without the other is a problem (the reference path reports it). */
    private Invoice invoice() {
        if (!any(ManifestColumn.INVOICE_AMOUNT, ManifestColumn.INVOICE_CURRENCY, ManifestColumn.INVOICE_DATE)) return null;
        BigDecimal amount = decimal(ManifestColumn.INVOICE_AMOUNT);
        CurrencyCode currency = make(value(ManifestColumn.INVOICE_CURRENCY), CurrencyCode::new);
        LocalDate date = date(ManifestColumn.INVOICE_DATE);
        if ((amount == null) != (currency == null)) return refuse();
        return new Invoice(amount == null ? null : new Money(amount, currency), date);
    }

    private Transport transport() {
        if (!any(ManifestColumn.TRANSPORT_MODE, ManifestColumn.CONVEYANCE_ID, ManifestColumn.CUSTOMS_OFFICE,
                ManifestColumn.LOADING_LOCATION, ManifestColumn.UNLOADING_LOCATION, ManifestColumn.ARRIVAL_DATE)) return null;
        return new Transport(mode(), code(ManifestColumn.CONVEYANCE_ID), code(ManifestColumn.CUSTOMS_OFFICE),
                make(value(ManifestColumn.LOADING_LOCATION), UnLocode::new), make(value(ManifestColumn.UNLOADING_LOCATION), UnLocode::new),
                date(ManifestColumn.ARRIVAL_DATE));
    }

    /** The one goods item (sequence 1), when any of its fields is there. */
    private List<GoodsItem> item() {
        if (!any(ManifestColumn.HS_CODE, ManifestColumn.DESCRIPTION, ManifestColumn.ORIGIN, ManifestColumn.QUANTITY,
                ManifestColumn.QUANTITY_UNIT, ManifestColumn.GROSS_MASS, ManifestColumn.NET_MASS, ManifestColumn.VALUE)) return null;
        Quantity quantity = null;
        if (any(ManifestColumn.QUANTITY, ManifestColumn.QUANTITY_UNIT)) {
            BigDecimal amount = decimal(ManifestColumn.QUANTITY);
            String unit = code(ManifestColumn.QUANTITY_UNIT);
            if (amount == null || unit == null) return refuse();
            quantity = new Quantity(amount, unit);
        }
        return List.of(new GoodsItem(1, make(value(ManifestColumn.HS_CODE), HsCode::new),
                text(ManifestColumn.DESCRIPTION, JsonLimits.MAX_DESCRIPTION_LENGTH), make(value(ManifestColumn.ORIGIN), CountryCode::new),
                quantity, decimal(ManifestColumn.NET_MASS), decimal(ManifestColumn.GROSS_MASS), decimal(ManifestColumn.VALUE), null, null));
    }

    // --- one value each, read as the JSON decoder's FieldReader reads a JSON string; a problem refuses the line ---

    /** Marks the line as having a problem; gives null so the caller can go on (its result is dropped). */
    private <T> T refuse() {
        refused = true;
        return null;
    }

    private boolean any(ManifestColumn... columns) {
        for (ManifestColumn c : columns) if (f[c.ordinal()] != null) return true;
        return false;
    }

    /** The field as a string the JSON decoder accepts for a code (at most 35 characters, well-formed), or null when empty. */
    private String value(ManifestColumn c) {
        return string(c, JsonLimits.MAX_CODE_LENGTH);
    }

    private String string(ManifestColumn c, int maxLength) {
        String s = f[c.ordinal()];
        if (s == null) return null;
        if (s.length() > maxLength || surrogates && !wellFormed(s)) return refuse();
        return s;
    }

    /** Free text: blank is absent. */
    private String text(ManifestColumn c, int maxLength) {
        String s = string(c, maxLength);
        return s == null || s.isBlank() ? null : s;
    }

    /** A code kept as a string: blank is a problem. */
    private String code(ManifestColumn c) {
        String s = value(c);
        return s != null && s.isBlank() ? refuse() : s;
    }

    /** A self-checking value record; its constructor's refusal is a problem. */
    private <T> T make(String s, Function<String, T> constructor) {
        if (s == null) return null;
        try {
            return constructor.apply(s);
        } catch (IllegalArgumentException e) {
            return refuse();
        }
    }

    private TransportMode mode() {
        String s = f[ManifestColumn.TRANSPORT_MODE.ordinal()];
        if (s == null) return null;
        if (!CodeChars.integer(s, 9)) return refuse();
        try {
            return TransportMode.ofCode(Integer.parseInt(s));
        } catch (IllegalArgumentException e) {
            return refuse();
        }
    }

    /** A decimal exactly as written, within n..16,6 (CSV text has no exponent, so the scale is never negative). */
    private BigDecimal decimal(ManifestColumn c) {
        String s = f[c.ordinal()];
        if (s == null) return null;
        if (s.length() > JsonLimits.MAX_NUMBER_LENGTH || !CodeChars.decimal(s)) return refuse();
        BigDecimal d = new BigDecimal(s);
        if (d.precision() - d.scale() > JsonLimits.MAX_INTEGER_DIGITS || d.scale() > JsonLimits.MAX_FRACTION_DIGITS) return refuse();
        return d;
    }

    /** YYYY-MM-DD of a day that exists: for that shape, what LocalDate.parse accepts, without its formatter. */
    private LocalDate date(ManifestColumn c) {
        String s = value(c);
        if (s == null) return null;
        if (!CodeChars.isoDateShape(s)) return refuse();
        try {
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        } catch (DateTimeException e) {
            return refuse();
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (s.charAt(i) - '0');
        return n;
    }

    /** No unpaired UTF-16 surrogate (a line decoded from UTF-8 has none, but the JSON decoder checks for them). */
    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                else return false;
            }
        }
        return true;
    }
}
