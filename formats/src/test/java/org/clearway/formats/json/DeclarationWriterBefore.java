package org.clearway.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * DeclarationWriter as it was, through Jackson's generator: the oracle DeclarationWriterDifferentialTest holds the
 * hand-written one to, character for character, and the baseline of JsonWriteCpu. Not used by the application.
 * <p>
 * Writes the canonical JSON of a declaration: fields in the order of the format's description,
 * nulls and empty lists left out, decimals as plain strings (never exponent notation), dates ISO.
 * Streamed straight to UTF-8 bytes (it was a JSON tree, then serialised: the same bytes, which
 * RoundTripTest holds it to, since stored declarations' content hashes were computed from them).
 */
final class DeclarationWriterBefore {
    private static final JsonFactory JSON = new JsonFactory();

    private DeclarationWriterBefore() {
    }

    static byte[] bytes(Declaration d) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(1024); JsonGenerator g = JSON.createGenerator(out)) {
            write(g, d);
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
    }

    private static void write(JsonGenerator g, Declaration d) throws IOException {
        g.writeStartObject();
        put(g, "type", d.type() == null ? null : d.type().name());
        put(g, "lrn", d.lrn() == null ? null : d.lrn().value());
        put(g, "ucr", d.ucr() == null ? null : d.ucr().value());
        party(g, "declarant", d.declarant());
        party(g, "importer", d.importer());
        party(g, "exporter", d.exporter());
        party(g, "seller", d.seller());
        party(g, "buyer", d.buyer());
        invoice(g, d.invoice());
        put(g, "incoterm", d.incoterm() == null ? null : d.incoterm().name());
        transport(g, d.transport());
        if (!d.items().isEmpty()) {
            g.writeArrayFieldStart("items");
            for (GoodsItem i : d.items()) item(g, i);
            g.writeEndArray();
        }
        if (!d.documents().isEmpty()) {
            g.writeArrayFieldStart("documents");
            for (SupportingDocument doc : d.documents()) {
                g.writeStartObject();
                put(g, "type", doc.type());
                put(g, "reference", doc.reference());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!d.aeoAuthorisations().isEmpty()) {
            g.writeArrayFieldStart("aeoAuthorisations");
            for (String a : d.aeoAuthorisations()) g.writeString(a);
            g.writeEndArray();
        }
        valuationCosts(g, d.valuationCosts());
        g.writeEndObject();
    }

    private static void party(JsonGenerator g, String field, Party p) throws IOException {
        if (p == null) return;
        g.writeObjectFieldStart(field);
        put(g, "id", p.id() == null ? null : p.id().value());
        put(g, "name", p.name());
        Address a = p.address();
        if (a != null) {
            g.writeObjectFieldStart("address");
            put(g, "street", a.street());
            put(g, "city", a.city());
            put(g, "postcode", a.postcode());
            put(g, "country", a.country() == null ? null : a.country().value());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void invoice(JsonGenerator g, Invoice i) throws IOException {
        if (i == null) return;
        g.writeObjectFieldStart("invoice");
        if (i.total() != null) {
            put(g, "amount", decimal(i.total().amount()));
            put(g, "currency", i.total().currency().value());
        }
        put(g, "date", date(i.date()));
        g.writeEndObject();
    }

    private static void valuationCosts(JsonGenerator g, ValuationCosts c) throws IOException {
        if (c == null || (c.freight() == null && c.insurance() == null)) return;
        g.writeObjectFieldStart("valuationCosts");
        money(g, "freight", c.freight());
        money(g, "insurance", c.insurance());
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, String field, Money m) throws IOException {
        if (m == null) return;
        g.writeObjectFieldStart(field);
        put(g, "amount", decimal(m.amount()));
        put(g, "currency", m.currency().value());
        g.writeEndObject();
    }

    private static void transport(JsonGenerator g, Transport t) throws IOException {
        if (t == null) return;
        g.writeObjectFieldStart("transport");
        if (t.mode() != null) g.writeNumberField("mode", t.mode().code());
        put(g, "conveyanceId", t.conveyanceId());
        put(g, "customsOffice", t.customsOffice());
        put(g, "loadingLocation", t.loadingLocation() == null ? null : t.loadingLocation().value());
        put(g, "unloadingLocation", t.unloadingLocation() == null ? null : t.unloadingLocation().value());
        put(g, "arrivalDate", date(t.arrivalDate()));
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, GoodsItem i) throws IOException {
        g.writeStartObject();
        g.writeNumberField("sequence", i.sequence());
        put(g, "hsCode", i.hsCode() == null ? null : i.hsCode().value());
        put(g, "description", i.description());
        put(g, "origin", i.origin() == null ? null : i.origin().value());
        Quantity q = i.quantity();
        if (q != null) {
            g.writeObjectFieldStart("quantity");
            put(g, "value", decimal(q.value()));
            put(g, "unit", q.unit());
            g.writeEndObject();
        }
        put(g, "netMass", decimal(i.netMass()));
        put(g, "grossMass", decimal(i.grossMass()));
        put(g, "value", decimal(i.value()));
        put(g, "procedureCode", i.procedureCode());
        put(g, "preferenceCode", i.preferenceCode());
        g.writeEndObject();
    }

    static String decimal(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void put(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) g.writeStringField(field, value);
    }
}
