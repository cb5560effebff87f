package org.clearway.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
 * Writes the canonical JSON tree of a declaration: fields in the order of the format's description,
 * nulls and empty lists left out, decimals as plain strings (never exponent notation), dates ISO.
 */
final class DeclarationWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeclarationWriter() {
    }

    static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    static ObjectNode write(Declaration d) {
        ObjectNode o = NODES.objectNode();
        put(o, "type", d.type() == null ? null : d.type().name());
        put(o, "lrn", d.lrn() == null ? null : d.lrn().value());
        put(o, "ucr", d.ucr() == null ? null : d.ucr().value());
        put(o, "declarant", party(d.declarant()));
        put(o, "importer", party(d.importer()));
        put(o, "exporter", party(d.exporter()));
        put(o, "seller", party(d.seller()));
        put(o, "buyer", party(d.buyer()));
        put(o, "invoice", invoice(d.invoice()));
        put(o, "incoterm", d.incoterm() == null ? null : d.incoterm().name());
        put(o, "transport", transport(d.transport()));
        if (!d.items().isEmpty()) {
            ArrayNode items = o.putArray("items");
            d.items().forEach(i -> items.add(item(i)));
        }
        if (!d.documents().isEmpty()) {
            ArrayNode documents = o.putArray("documents");
            d.documents().forEach(doc -> documents.add(document(doc)));
        }
        putStrings(o, "aeoAuthorisations", d.aeoAuthorisations());
        put(o, "valuationCosts", valuationCosts(d.valuationCosts()));
        return o;
    }

    private static ObjectNode party(Party p) {
        if (p == null) return null;
        ObjectNode o = NODES.objectNode();
        put(o, "id", p.id() == null ? null : p.id().value());
        put(o, "name", p.name());
        put(o, "address", address(p.address()));
        return o;
    }

    private static ObjectNode address(Address a) {
        if (a == null) return null;
        ObjectNode o = NODES.objectNode();
        put(o, "street", a.street());
        put(o, "city", a.city());
        put(o, "postcode", a.postcode());
        put(o, "country", a.country() == null ? null : a.country().value());
        return o;
    }

    private static ObjectNode invoice(Invoice i) {
        if (i == null) return null;
        ObjectNode o = NODES.objectNode();
        if (i.total() != null) {
            put(o, "amount", decimal(i.total().amount()));
            put(o, "currency", i.total().currency().value());
        }
        put(o, "date", date(i.date()));
        return o;
    }

    private static ObjectNode valuationCosts(ValuationCosts c) {
        if (c == null || (c.freight() == null && c.insurance() == null)) return null;
        ObjectNode o = NODES.objectNode();
        put(o, "freight", money(c.freight()));
        put(o, "insurance", money(c.insurance()));
        return o;
    }

    private static ObjectNode money(Money m) {
        if (m == null) return null;
        ObjectNode o = NODES.objectNode();
        put(o, "amount", decimal(m.amount()));
        put(o, "currency", m.currency().value());
        return o;
    }

    private static ObjectNode transport(Transport t) {
        if (t == null) return null;
        ObjectNode o = NODES.objectNode();
        if (t.mode() != null) o.put("mode", t.mode().code());
        put(o, "conveyanceId", t.conveyanceId());
        put(o, "customsOffice", t.customsOffice());
        put(o, "loadingLocation", t.loadingLocation() == null ? null : t.loadingLocation().value());
        put(o, "unloadingLocation", t.unloadingLocation() == null ? null : t.unloadingLocation().value());
        put(o, "arrivalDate", date(t.arrivalDate()));
        return o;
    }

    private static ObjectNode item(GoodsItem i) {
        ObjectNode o = NODES.objectNode();
        o.put("sequence", i.sequence());
        put(o, "hsCode", i.hsCode() == null ? null : i.hsCode().value());
        put(o, "description", i.description());
        put(o, "origin", i.origin() == null ? null : i.origin().value());
        put(o, "quantity", quantity(i.quantity()));
        put(o, "netMass", decimal(i.netMass()));
        put(o, "grossMass", decimal(i.grossMass()));
        put(o, "value", decimal(i.value()));
        put(o, "procedureCode", i.procedureCode());
        put(o, "preferenceCode", i.preferenceCode());
        return o;
    }

    private static ObjectNode quantity(Quantity q) {
        if (q == null) return null;
        ObjectNode o = NODES.objectNode();
        put(o, "value", decimal(q.value()));
        put(o, "unit", q.unit());
        return o;
    }

    private static ObjectNode document(SupportingDocument d) {
        ObjectNode o = NODES.objectNode();
        put(o, "type", d.type());
        put(o, "reference", d.reference());
        return o;
    }

    static String decimal(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null) o.put(field, value);
    }

    private static void put(ObjectNode o, String field, ObjectNode value) {
        if (value != null) o.set(field, value);
    }

    private static void putStrings(ObjectNode o, String field, List<String> values) {
        if (values.isEmpty()) return;
        ArrayNode array = o.putArray(field);
        values.forEach(array::add);
    }
}
