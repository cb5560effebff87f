package org.clearway.formats.edifact;

import static org.clearway.formats.edifact.CusdecCodes.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.declaration.Ucr;
import org.clearway.core.declaration.ValuationCosts;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.UnLocode;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.Decoded;

/**
 * Maps one syntactically sound CUSDEC message to a {@link Declaration}, segment by segment (the
 * mapping is the table in docs/formats.md), finding every problem in one pass. Each problem's path
 * names the segment, element and line; every value read is also indexed by its model path (e.g.
 * {@code items[0].hsCode}) so that the validator's problems can be pointed back to the segment and
 * element they came from. Which elements are required is the validator's job, not this one's.
 */
final class CusdecDecoder {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,16}(\\.[0-9]{1,6})?");

    /** A decoded message: the declaration or problems, the model paths' pointers, and where the message is. */
    record Mapped(Decoded decoded, Map<String, Pointer> pointers, Map<String, Pointer> problemPointers, Message message) {

        /** The pointer of a problem: its own when this decoder found it, else the one of its model path. */
        Pointer pointerForProblem(String path) {
            Pointer own = problemPointers.get(path == null ? "" : path);
            return own != null ? own : pointerFor(path);
        }

        /** The pointer for a model path, or the nearest enclosing one (down to the BGM segment). */
        Pointer pointerFor(String path) {
            String p = path == null ? "" : path;
            while (!p.isEmpty()) {
                Pointer found = pointers.get(p);
                if (found != null) return found;
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut <= 0 ? "" : p.substring(0, cut);
            }
            return pointers.getOrDefault("", new Pointer("UNH", 1, 0, 0, message.segments().get(0).line()));
        }
    }

    private final Message message;
    private final char decimalMark;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Pointer> pointers = new HashMap<>();
    private final Map<String, Pointer> problemPointers = new HashMap<>();

    private DeclarationType type;
    private Lrn lrn;
    private Ucr ucr;
    private final Map<String, Party> parties = new HashMap<>();
    private BigDecimal invoiceAmount;
    private Money freight, insurance;
    private CurrencyCode moaCurrency, cuxCurrency;
    private LocalDate invoiceDate, arrivalDate;
    private Incoterm incoterm;
    private TransportMode mode;
    private String conveyance, office;
    private UnLocode loading, unloading;
    private boolean transportSeen;
    private final List<SupportingDocument> documents = new ArrayList<>();
    private final List<String> aeo = new ArrayList<>();
    private final List<GoodsItem> items = new ArrayList<>();
    private ItemBuilder item;

    private CusdecDecoder(Message message, char decimalMark) {
        this.message = message;
        this.decimalMark = decimalMark;
    }

    static Mapped decode(Message message, char decimalMark) {
        CusdecDecoder d = new CusdecDecoder(message, decimalMark);
        Declaration declaration = d.read();
        Decoded decoded = d.problems.isEmpty() ? new Decoded.Ok(declaration) : new Decoded.Invalid(d.problems);
        return new Mapped(decoded, Map.copyOf(d.pointers), Map.copyOf(d.problemPointers), message);
    }

    private Declaration read() {
        String section = "heading";
        for (Segment s : message.segments()) {
            if (s.tag().equals("UNS")) {
                section = s.at(1).equals("D") ? "detail" : "summary";
                continue;
            }
            if (section.equals("heading")) heading(s);
            else if (section.equals("detail")) detail(s);
        }
        finishItem();
        Invoice invoice = null;
        if (invoiceAmount != null || invoiceDate != null || cuxCurrency != null || moaCurrency != null) {
            CurrencyCode currency = cuxCurrency != null ? cuxCurrency : moaCurrency;
            if (cuxCurrency != null && moaCurrency != null && !cuxCurrency.equals(moaCurrency)) {
                problem("INVALID_VALUE", pointers.get("invoice.currency"), "the invoice total's currency " + moaCurrency + " differs from CUX's " + cuxCurrency);
            }
            if (invoiceAmount == null || currency == null) {
                problem("REQUIRED_ELEMENT_MISSING", pointers.getOrDefault("invoice", pointer0()),
                        "the invoice needs MOA+" + INVOICE_TOTAL + " with its amount and a currency (MOA or CUX)");
            } else {
                invoice = new Invoice(new Money(invoiceAmount, currency), invoiceDate);
            }
        }
        Transport transport = transportSeen ? new Transport(mode, conveyance, office, loading, unloading, arrivalDate) : null;
        ValuationCosts costs = freight == null && insurance == null ? null : new ValuationCosts(freight, insurance);
        return new Declaration(type, lrn, ucr, parties.get(DECLARANT), parties.get(IMPORTER), parties.get(EXPORTER),
                parties.get(SELLER), parties.get(BUYER), invoice, incoterm, transport, items, documents, aeo, costs);
    }

    private Pointer pointer0() { return Pointer.of(message.segments().get(0), 0, 0); }

    private void heading(Segment s) {
        switch (s.tag()) {
            case "BGM" -> {
                pointers.put("", Pointer.of(s, 0, 0));
                String code = s.at(1, 1);
                pointers.put("type", Pointer.of(s, 1, 1));
                type = DOCUMENT_TYPES.get(code);
                if (type == null) problem("INVALID_VALUE", Pointer.of(s, 1, 1), "document name code '" + code + "' is not one Clearway takes: 929 (import), 830 (export), LVC (low-value consignment)");
                lrn = value(s, 2, 1, "lrn", Lrn::new);
            }
            case "RFF" -> {
                String q = s.at(1, 1);
                if (q.equals(UCR)) ucr = value(s, 1, 2, "ucr", Ucr::new);
                else if (q.equals(AEO)) {
                    String path = "aeoAuthorisations[" + aeo.size() + "]";
                    String v = value(s, 1, 2, path, x -> x);
                    if (v != null) aeo.add(v);
                }
            }
            case "DTM" -> {
                String q = s.at(1, 1);
                if (q.equals(INVOICE_DATE)) invoiceDate = date(s, "invoice.date");
                else if (q.equals(ARRIVAL_DATE)) { transportSeen = true; arrivalDate = date(s, "transport.arrivalDate"); }
            }
            case "LOC" -> {
                String q = s.at(1, 1);
                switch (q) {
                    case OFFICE -> { transportSeen = true; office = value(s, 2, 1, "transport.customsOffice", x -> x); }
                    case LOADING -> { transportSeen = true; loading = value(s, 2, 1, "transport.loadingLocation", UnLocode::new); }
                    case UNLOADING -> { transportSeen = true; unloading = value(s, 2, 1, "transport.unloadingLocation", UnLocode::new); }
                    default -> { }
                }
            }
            case "TDT" -> {
                transportSeen = true;
                pointers.put("transport", Pointer.of(s, 0, 0));
                mode = value(s, 3, 1, "transport.mode", v -> TransportMode.ofCode(Integer.parseInt(v)));
                conveyance = value(s, 8, 4, "transport.conveyanceId", x -> x);
            }
            case "NAD" -> party(s);
            case "TOD" -> incoterm = value(s, 3, 1, "incoterm", CusdecDecoder::incoterm);
            case "MOA" -> {
                switch (s.at(1, 1)) {
                    case INVOICE_TOTAL -> {
                        pointers.put("invoice", Pointer.of(s, 0, 0));
                        invoiceAmount = value(s, 1, 2, "invoice.amount", this::number);
                        CurrencyCode c = value(s, 1, 3, "invoice.currency", CurrencyCode::new);
                        if (c != null) moaCurrency = c;
                    }
                    case FREIGHT -> freight = cost(s, "valuationCosts.freight");
                    case INSURANCE -> insurance = cost(s, "valuationCosts.insurance");
                    default -> { }
                }
            }
            case "CUX" -> {
                CurrencyCode c = value(s, 1, 2, "invoice.currency", CurrencyCode::new);
                if (c != null) cuxCurrency = c;
            }
            case "DOC" -> {
                String path = "documents[" + documents.size() + "]";
                pointers.put(path, Pointer.of(s, 0, 0));
                String code = s.at(1, 1);
                String docType = code.isEmpty() ? value(s, 1, 4, path + ".type", x -> x) : value(s, 1, 1, path + ".type", x -> x);
                String reference = value(s, 2, 1, path + ".reference", x -> x);
                documents.add(new SupportingDocument(docType, reference));
            }
            default -> { }
        }
    }

    private void party(Segment s) {
        String q = s.at(1, 1);
        String role = switch (q) {
            case DECLARANT -> "declarant";
            case IMPORTER -> "importer";
            case EXPORTER -> "exporter";
            case SELLER -> "seller";
            case BUYER -> "buyer";
            default -> null;
        };
        if (role == null) return;
        if (parties.containsKey(q)) {
            problem("INVALID_VALUE", Pointer.of(s, 1, 1), "NAD+" + q + " appears more than once");
            return;
        }
        pointers.put(role, Pointer.of(s, 0, 0));
        PartyId id = value(s, 2, 1, role + ".id", PartyId::new);
        String name = value(s, 4, 0, role + ".name", x -> x);
        String street = value(s, 5, 0, role + ".address.street", x -> x);
        String city = value(s, 6, 1, role + ".address.city", x -> x);
        String postcode = value(s, 8, 1, role + ".address.postcode", x -> x);
        CountryCode country = value(s, 9, 1, role + ".address.country", CountryCode::new);
        pointers.put(role + ".address", Pointer.of(s, 5, 0));
        Address address = street == null && city == null && postcode == null && country == null ? null : new Address(street, city, postcode, country);
        parties.put(q, new Party(id, name, address));
    }

    private void detail(Segment s) {
        if (s.tag().equals("CST")) {
            finishItem();
            String path = "items[" + items.size() + "]";
            item = new ItemBuilder(path);
            pointers.put(path, Pointer.of(s, 0, 0));
            Integer seq = value(s, 1, 1, path + ".sequence", Integer::parseInt);
            item.sequence = seq == null ? items.size() + 1 : seq;
            for (int e = 2; e <= 6; e++) {
                String q = s.at(e, 2);
                switch (q) {
                    case HS -> item.hs = value(s, e, 1, path + ".hsCode", HsCode::new);
                    case PROCEDURE -> item.procedure = value(s, e, 1, path + ".procedureCode", x -> x);
                    case PREFERENCE -> item.preference = value(s, e, 1, path + ".preferenceCode", x -> x);
                    default -> { }
                }
            }
            return;
        }
        if (item == null) return; // DMS groups before the goods items carry nothing Clearway reads
        String path = item.path;
        switch (s.tag()) {
            case "FTX" -> {
                if (s.at(1, 1).equals(GOODS_DESCRIPTION)) item.description = value(s, 4, 0, path + ".description", x -> x);
            }
            case "LOC" -> {
                if (s.at(1, 1).equals(ORIGIN)) item.origin = value(s, 2, 1, path + ".origin", CountryCode::new);
            }
            case "MEA" -> {
                String purpose = s.at(1, 1), dimension = s.at(2, 1);
                if (purpose.equals(QUANTITY)) {
                    pointers.put(path + ".quantity", Pointer.of(s, 3, 0));
                    BigDecimal v = value(s, 3, 2, path + ".quantity.value", this::number);
                    String unit = value(s, 3, 1, path + ".quantity.unit", x -> x);
                    if (v != null && unit != null) item.quantity = new Quantity(v, unit);
                    else if (v != null || unit != null) problem("REQUIRED_ELEMENT_MISSING", Pointer.of(s, 3, 0), "a quantity needs a unit (6411) and a value (6314)");
                } else if (purpose.equals(MEASUREMENT) && (dimension.equals(NET_MASS) || dimension.equals(GROSS_MASS))) {
                    String field = path + (dimension.equals(NET_MASS) ? ".netMass" : ".grossMass");
                    String unit = s.at(3, 1);
                    if (!unit.isEmpty() && !unit.equals(KILOGRAM)) problem("INVALID_VALUE", Pointer.of(s, 3, 1), "masses are in kilograms (KGM); got " + unit);
                    BigDecimal v = value(s, 3, 2, field, this::number);
                    if (dimension.equals(NET_MASS)) item.net = v; else item.gross = v;
                }
            }
            case "MOA" -> {
                if (s.at(1, 1).equals(ITEM_VALUE)) item.value = value(s, 1, 2, path + ".value", this::number);
            }
            default -> { }
        }
    }

    private void finishItem() {
        if (item == null) return;
        items.add(new GoodsItem(item.sequence, item.hs, item.description, item.origin, item.quantity, item.net, item.gross,
                item.value, item.procedure, item.preference));
        item = null;
    }

    private static Incoterm incoterm(String code) {
        for (Incoterm i : Incoterm.values()) if (i.name().equals(code)) return i;
        throw new IllegalArgumentException("'" + code + "' is not an Incoterm 2020 code (EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP)");
    }

    private LocalDate date(Segment s, String path) {
        String format = s.at(1, 3);
        if (!format.isEmpty() && !format.equals(CCYYMMDD)) {
            problem("INVALID_VALUE", Pointer.of(s, 1, 3), "dates are read in format 102 (CCYYMMDD); got format " + format);
            return null;
        }
        return value(s, 1, 2, path, v -> LocalDate.parse(v, YYYYMMDD));
    }

    /** A valuation cost (MOA+144 freight, MOA+70 insurance): its amount and its own currency, not below zero. */
    private Money cost(Segment s, String path) {
        pointers.put(path, Pointer.of(s, 0, 0));
        int before = problems.size();
        BigDecimal amount = value(s, 1, 2, path + ".amount", this::number);
        CurrencyCode currency = value(s, 1, 3, path + ".currency", CurrencyCode::new);
        if (amount == null || currency == null) {
            if (problems.size() == before) { // not already refused as an amount or a currency
                problem("REQUIRED_ELEMENT_MISSING", Pointer.of(s, 1, amount == null ? 2 : 3),
                        "MOA+" + s.at(1, 1) + " needs its amount (1.2) and its currency (1.3)");
            }
            return null;
        }
        if (amount.signum() < 0) {
            problem("INVALID_VALUE", Pointer.of(s, 1, 2), "MOA+" + s.at(1, 1) + " cannot be below zero: " + amount.toPlainString());
            return null;
        }
        return new Money(amount, currency);
    }

    private BigDecimal number(String text) {
        String v = decimalMark == '.' ? text : text.replace(decimalMark, '.');
        if (!NUMBER.matcher(v).matches()) throw new IllegalArgumentException("'" + text + "' is not a number of at most 16 digits and 6 decimals");
        return new BigDecimal(v);
    }

    /**
     * The value at element {@code e}, component {@code c} (0: all components joined, as free text and
     * names are split over them) converted by {@code parse}; null when empty, or with a problem when
     * {@code parse} refuses it. The model path is indexed to this element.
     */
    private <T> T value(Segment s, int e, int c, String path, Function<String, T> parse) {
        Pointer at = Pointer.of(s, e, c == 0 ? 1 : c);
        pointers.put(path, at);
        String text = c == 0 ? String.join("", s.elements().size() >= e ? s.elements().get(e - 1) : List.of()) : s.at(e, c);
        if (text.isEmpty()) return null;
        try {
            return parse.apply(text);
        } catch (RuntimeException ex) {
            String why = ex instanceof IllegalArgumentException && ex.getMessage() != null && !(ex instanceof NumberFormatException)
                    ? ex.getMessage() : "'" + text + "' is not a valid value here";
            problem("INVALID_VALUE", at, path + ": " + why);
            return null;
        }
    }

    private void problem(String code, Pointer at, String message) {
        if (problems.size() >= 200) return;
        Pointer where = at == null ? pointer0() : at;
        problems.add(new Problem(code, where.describe(), message));
        problemPointers.put(where.describe(), where);
    }

    private static final class ItemBuilder {
        final String path;
        int sequence;
        HsCode hs;
        String description, procedure, preference;
        CountryCode origin;
        Quantity quantity;
        BigDecimal net, gross, value;

        ItemBuilder(String path) { this.path = path; }
    }
}
