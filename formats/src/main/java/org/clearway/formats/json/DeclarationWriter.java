package org.clearway.formats.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.ValuationCosts;

/**
 * Writes the canonical JSON of a declaration: fields in the order of the format's description,
 * nulls and empty lists left out, decimals as plain strings (never exponent notation), dates ISO.
 * The same UTF-8 bytes as Jackson's generator wrote (it was a JSON tree, then serialised, then
 * streamed through the generator: RoundTripTest and DeclarationWriterDifferentialTest hold it to
 * them, since stored declarations' content hashes were computed from them), written by hand
 * because a bulk import writes one per consignment and the generator was most of that: straight
 * into bytes while it is all ASCII ({@link AsciiJson}), else as characters ({@link JsonText},
 * surrogates escaped as the UTF-8 generator escaped them) then encoded.
 */
final class DeclarationWriter {
    private static final String ADDRESS = JsonOut.field("address");
    private static final String AEO_AUTHORISATIONS = JsonOut.field("aeoAuthorisations");
    private static final String AMOUNT = JsonOut.field("amount");
    private static final String ARRIVAL_DATE = JsonOut.field("arrivalDate");
    private static final String BUYER = JsonOut.field("buyer");
    private static final String CITY = JsonOut.field("city");
    private static final String CONVEYANCE_ID = JsonOut.field("conveyanceId");
    private static final String COUNTRY = JsonOut.field("country");
    private static final String CURRENCY = JsonOut.field("currency");
    private static final String CUSTOMS_OFFICE = JsonOut.field("customsOffice");
    private static final String DATE = JsonOut.field("date");
    private static final String DECLARANT = JsonOut.field("declarant");
    private static final String DESCRIPTION = JsonOut.field("description");
    private static final String DOCUMENTS = JsonOut.field("documents");
    private static final String EXPORTER = JsonOut.field("exporter");
    private static final String FREIGHT = JsonOut.field("freight");
    private static final String GROSS_MASS = JsonOut.field("grossMass");
    private static final String HS_CODE = JsonOut.field("hsCode");
    private static final String ID = JsonOut.field("id");
    private static final String IMPORTER = JsonOut.field("importer");
    private static final String INCOTERM = JsonOut.field("incoterm");
    private static final String INSURANCE = JsonOut.field("insurance");
    private static final String INVOICE = JsonOut.field("invoice");
    private static final String ITEMS = JsonOut.field("items");
    private static final String LOADING_LOCATION = JsonOut.field("loadingLocation");
    private static final String LRN = JsonOut.field("lrn");
    private static final String MODE = JsonOut.field("mode");
    private static final String NAME = JsonOut.field("name");
    private static final String NET_MASS = JsonOut.field("netMass");
    private static final String ORIGIN = JsonOut.field("origin");
    private static final String POSTCODE = JsonOut.field("postcode");
    private static final String PREFERENCE_CODE = JsonOut.field("preferenceCode");
    private static final String PROCEDURE_CODE = JsonOut.field("procedureCode");
    private static final String QUANTITY = JsonOut.field("quantity");
    private static final String REFERENCE = JsonOut.field("reference");
    private static final String SELLER = JsonOut.field("seller");
    private static final String SEQUENCE = JsonOut.field("sequence");
    private static final String STREET = JsonOut.field("street");
    private static final String TRANSPORT = JsonOut.field("transport");
    private static final String TYPE = JsonOut.field("type");
    private static final String UCR = JsonOut.field("ucr");
    private static final String UNIT = JsonOut.field("unit");
    private static final String UNLOADING_LOCATION = JsonOut.field("unloadingLocation");
    private static final String VALUATION_COSTS = JsonOut.field("valuationCosts");
    private static final String VALUE = JsonOut.field("value");

    private DeclarationWriter() {
    }

    static byte[] bytes(Declaration d) {
        AsciiJson a = AsciiJson.borrow();
        try {
            write(a, d);
            if (a.ascii()) return a.bytes();
        } finally {
            a.release();
        }
        // Something past ASCII: written as characters, then encoded.
        String text = text(d, false);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Not all ASCII: if a surrogate is there, write it again with surrogates escaped as the UTF-8 generator escaped them.
        if (bytes.length != text.length() && hasSurrogate(text)) bytes = text(d, true).getBytes(StandardCharsets.UTF_8);
        return bytes;
    }

    private static String text(Declaration d, boolean surrogatesEscaped) {
        JsonText g = JsonText.borrow(surrogatesEscaped);
        try {
            write(g, d);
            return g.toString();
        } finally {
            g.release();
        }
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    private static void write(JsonOut g, Declaration d) {
        g.startObject();
        putCode(g, TYPE, d.type() == null ? null : d.type().name());
        putCode(g, LRN, d.lrn() == null ? null : d.lrn().value());
        put(g, UCR, d.ucr() == null ? null : d.ucr().value());
        party(g, DECLARANT, d.declarant());
        party(g, IMPORTER, d.importer());
        party(g, EXPORTER, d.exporter());
        party(g, SELLER, d.seller());
        party(g, BUYER, d.buyer());
        invoice(g, d.invoice());
        putCode(g, INCOTERM, d.incoterm() == null ? null : d.incoterm().name());
        transport(g, d.transport());
        if (!d.items().isEmpty()) {
            g.name(ITEMS);
            g.startArray();
            for (GoodsItem i : d.items()) item(g, i);
            g.endArray();
        }
        if (!d.documents().isEmpty()) {
            g.name(DOCUMENTS);
            g.startArray();
            for (SupportingDocument doc : d.documents()) {
                g.startObject();
                put(g, TYPE, doc.type());
                put(g, REFERENCE, doc.reference());
                g.endObject();
            }
            g.endArray();
        }
        if (!d.aeoAuthorisations().isEmpty()) {
            g.name(AEO_AUTHORISATIONS);
            g.startArray();
            for (String a : d.aeoAuthorisations()) g.string(a);
            g.endArray();
        }
        valuationCosts(g, d.valuationCosts());
        g.endObject();
    }

    private static void party(JsonOut g, String field, Party p) {
        if (p == null) return;
        g.name(field);
        g.startObject();
        putCode(g, ID, p.id() == null ? null : p.id().value());
        put(g, NAME, p.name());
        Address a = p.address();
        if (a != null) {
            g.name(ADDRESS);
            g.startObject();
            put(g, STREET, a.street());
            put(g, CITY, a.city());
            put(g, POSTCODE, a.postcode());
            putCode(g, COUNTRY, a.country() == null ? null : a.country().value());
            g.endObject();
        }
        g.endObject();
    }

    private static void invoice(JsonOut g, Invoice i) {
        if (i == null) return;
        g.name(INVOICE);
        g.startObject();
        if (i.total() != null) {
            putDecimal(g, AMOUNT, i.total().amount());
            putCode(g, CURRENCY, i.total().currency().value());
        }
        putCode(g, DATE, date(i.date()));
        g.endObject();
    }

    private static void valuationCosts(JsonOut g, ValuationCosts c) {
        if (c == null || (c.freight() == null && c.insurance() == null)) return;
        g.name(VALUATION_COSTS);
        g.startObject();
        money(g, FREIGHT, c.freight());
        money(g, INSURANCE, c.insurance());
        g.endObject();
    }

    private static void money(JsonOut g, String field, Money m) {
        if (m == null) return;
        g.name(field);
        g.startObject();
        putDecimal(g, AMOUNT, m.amount());
        putCode(g, CURRENCY, m.currency().value());
        g.endObject();
    }

    private static void transport(JsonOut g, Transport t) {
        if (t == null) return;
        g.name(TRANSPORT);
        g.startObject();
        if (t.mode() != null) {
            g.name(MODE);
            g.number(t.mode().code());
        }
        put(g, CONVEYANCE_ID, t.conveyanceId());
        put(g, CUSTOMS_OFFICE, t.customsOffice());
        putCode(g, LOADING_LOCATION, t.loadingLocation() == null ? null : t.loadingLocation().value());
        putCode(g, UNLOADING_LOCATION, t.unloadingLocation() == null ? null : t.unloadingLocation().value());
        putCode(g, ARRIVAL_DATE, date(t.arrivalDate()));
        g.endObject();
    }

    private static void item(JsonOut g, GoodsItem i) {
        g.startObject();
        g.name(SEQUENCE);
        g.number(i.sequence());
        putCode(g, HS_CODE, i.hsCode() == null ? null : i.hsCode().value());
        put(g, DESCRIPTION, i.description());
        putCode(g, ORIGIN, i.origin() == null ? null : i.origin().value());
        Quantity q = i.quantity();
        if (q != null) {
            g.name(QUANTITY);
            g.startObject();
            putDecimal(g, VALUE, q.value());
            put(g, UNIT, q.unit());
            g.endObject();
        }
        putDecimal(g, NET_MASS, i.netMass());
        putDecimal(g, GROSS_MASS, i.grossMass());
        putDecimal(g, VALUE, i.value());
        put(g, PROCEDURE_CODE, i.procedureCode());
        put(g, PREFERENCE_CODE, i.preferenceCode());
        g.endObject();
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void put(JsonOut g, String field, String value) {
        if (value == null) return;
        g.name(field);
        g.string(value);
    }

    /** A field whose text has nothing to escape by how it was made (see {@link JsonOut#code}), left out when null. */
    private static void putCode(JsonOut g, String field, String value) {
        if (value == null) return;
        g.name(field);
        g.code(value);
    }

    /** A decimal field in its plain form (see {@link JsonOut#decimal}), left out when null. */
    private static void putDecimal(JsonOut g, String field, BigDecimal value) {
        if (value == null) return;
        g.name(field);
        g.decimal(value);
    }
}
