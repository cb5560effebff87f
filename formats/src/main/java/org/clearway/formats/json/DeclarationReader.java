package org.clearway.formats.json;

import static org.clearway.formats.json.FieldReader.absent;
import static org.clearway.formats.json.FieldReader.path;
import static org.clearway.formats.json.JsonLimits.MAX_CODE_LENGTH;
import static org.clearway.formats.json.JsonLimits.MAX_DESCRIPTION_LENGTH;
import static org.clearway.formats.json.JsonLimits.MAX_NAME_LENGTH;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * Maps a parsed JSON tree to a {@link Declaration} by hand, field by field, so that every problem is
 * found in one pass and named by its path in the JSON's own field names. Which elements are required
 * is not decided here (that depends on the declaration type and is the validator's job).
 */
final class DeclarationReader {
    static final Set<String> ROOT = Set.of("type", "lrn", "ucr", "declarant", "importer", "exporter", "seller",
            "buyer", "invoice", "incoterm", "transport", "items", "documents", "aeoAuthorisations", "valuationCosts");
    static final Set<String> PARTY = Set.of("id", "name", "address");
    static final Set<String> ADDRESS = Set.of("street", "city", "postcode", "country");
    static final Set<String> INVOICE = Set.of("amount", "currency", "date");
    static final Set<String> VALUATION_COSTS = Set.of("freight", "insurance");
    static final Set<String> AMOUNT = Set.of("amount", "currency");
    static final Set<String> TRANSPORT = Set.of("mode", "conveyanceId", "customsOffice", "loadingLocation",
            "unloadingLocation", "arrivalDate");
    static final Set<String> ITEM = Set.of("sequence", "hsCode", "description", "origin", "quantity", "netMass",
            "grossMass", "value", "procedureCode", "preferenceCode");
    static final Set<String> QUANTITY = Set.of("value", "unit");
    static final Set<String> DOCUMENT = Set.of("type", "reference");

    private final FieldReader in = new FieldReader();

    /** Reads the root object; the problems found are in {@link #problems()}. */
    Declaration read(JsonNode root) {
        JsonNode o = in.object(root, "", ROOT);
        return new Declaration(
                in.enumeration(o.get("type"), "type", DeclarationType.class),
                in.value(o.get("lrn"), "lrn", MAX_CODE_LENGTH, Lrn::new),
                in.value(o.get("ucr"), "ucr", MAX_CODE_LENGTH, Ucr::new),
                party(o.get("declarant"), "declarant"),
                party(o.get("importer"), "importer"),
                party(o.get("exporter"), "exporter"),
                party(o.get("seller"), "seller"),
                party(o.get("buyer"), "buyer"),
                invoice(o.get("invoice"), "invoice"),
                in.enumeration(o.get("incoterm"), "incoterm", Incoterm.class),
                transport(o.get("transport"), "transport"),
                items(o.get("items")),
                documents(o.get("documents")),
                authorisations(o.get("aeoAuthorisations")),
                valuationCosts(o.get("valuationCosts"), "valuationCosts"));
    }

    List<org.clearway.core.validation.Problem> problems() {
        return in.problems();
    }

    private Party party(JsonNode node, String path) {
        JsonNode o = in.object(node, path, PARTY);
        if (o == null) return null;
        return new Party(
                in.value(o.get("id"), path(path, "id"), MAX_CODE_LENGTH, PartyId::new),
                in.text(o.get("name"), path(path, "name"), MAX_NAME_LENGTH),
                address(o.get("address"), path(path, "address")));
    }

    private Address address(JsonNode node, String path) {
        JsonNode o = in.object(node, path, ADDRESS);
        if (o == null) return null;
        return new Address(
                in.text(o.get("street"), path(path, "street"), MAX_NAME_LENGTH),
                in.text(o.get("city"), path(path, "city"), MAX_CODE_LENGTH),
                in.text(o.get("postcode"), path(path, "postcode"), MAX_CODE_LENGTH),
                in.value(o.get("country"), path(path, "country"), MAX_CODE_LENGTH, CountryCode::new));
    }

    /** Money needs both halves: when only one is given the other is reported missing here. */
    private Invoice invoice(JsonNode node, String path) {
        JsonNode o = in.object(node, path, INVOICE);
        if (o == null) return null;
        BigDecimal amount = in.decimal(o.get("amount"), path(path, "amount"));
        CurrencyCode currency = in.value(o.get("currency"), path(path, "currency"), MAX_CODE_LENGTH, CurrencyCode::new);
        if (amount != null && absent(o.get("currency"))) {
            in.report(JsonCodes.REQUIRED_ELEMENT_MISSING, path(path, "currency"), "an invoice amount needs its currency");
        }
        if (currency != null && absent(o.get("amount"))) {
            in.report(JsonCodes.REQUIRED_ELEMENT_MISSING, path(path, "amount"), "an invoice currency needs its amount");
        }
        Money total = amount != null && currency != null ? new Money(amount, currency) : null;
        return new Invoice(total, in.date(o.get("date"), path(path, "date")));
    }

    /** Freight and insurance to the border, each an amount with its currency; either may be left out. */
    private ValuationCosts valuationCosts(JsonNode node, String path) {
        JsonNode o = in.object(node, path, VALUATION_COSTS);
        if (o == null) return null;
        return new ValuationCosts(money(o.get("freight"), path(path, "freight")), money(o.get("insurance"), path(path, "insurance")));
    }

    /** An amount and its currency, both needed; a negative amount is an INVALID_VALUE. */
    private Money money(JsonNode node, String path) {
        JsonNode o = in.object(node, path, AMOUNT);
        if (o == null) return null;
        BigDecimal amount = in.decimal(o.get("amount"), path(path, "amount"));
        CurrencyCode currency = in.value(o.get("currency"), path(path, "currency"), MAX_CODE_LENGTH, CurrencyCode::new);
        if (absent(o.get("amount"))) in.report(JsonCodes.REQUIRED_ELEMENT_MISSING, path(path, "amount"), "an amount is needed with its currency");
        if (absent(o.get("currency"))) in.report(JsonCodes.REQUIRED_ELEMENT_MISSING, path(path, "currency"), "an amount needs its currency");
        if (amount != null && amount.signum() < 0) {
            in.report(JsonCodes.INVALID_VALUE, path(path, "amount"), "freight and insurance are not negative");
            return null;
        }
        return amount != null && currency != null ? new Money(amount, currency) : null;
    }

    private Transport transport(JsonNode node, String path) {
        JsonNode o = in.object(node, path, TRANSPORT);
        if (o == null) return null;
        return new Transport(
                mode(o.get("mode"), path(path, "mode")),
                in.code(o.get("conveyanceId"), path(path, "conveyanceId"), MAX_CODE_LENGTH),
                in.code(o.get("customsOffice"), path(path, "customsOffice"), MAX_CODE_LENGTH),
                in.value(o.get("loadingLocation"), path(path, "loadingLocation"), MAX_CODE_LENGTH, UnLocode::new),
                in.value(o.get("unloadingLocation"), path(path, "unloadingLocation"), MAX_CODE_LENGTH, UnLocode::new),
                in.date(o.get("arrivalDate"), path(path, "arrivalDate")));
    }

    private TransportMode mode(JsonNode node, String path) {
        Integer code = in.integer(node, path);
        if (code == null) return null;
        try {
            return TransportMode.ofCode(code);
        } catch (IllegalArgumentException e) {
            in.report(JsonCodes.INVALID_VALUE, path, code + " is not valid: " + e.getMessage());
            return null;
        }
    }

    private List<GoodsItem> items(JsonNode node) {
        JsonNode array = in.array(node, "items", JsonLimits.MAX_ITEMS, JsonCodes.TOO_MANY_ITEMS);
        if (array == null) return null;
        List<GoodsItem> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            GoodsItem item = item(array.get(i), "items[" + i + "]", i + 1);
            if (item != null) items.add(item);
        }
        return items;
    }

    /** An absent sequence number defaults to the item's position, counted from 1. */
    private GoodsItem item(JsonNode node, String path, int position) {
        JsonNode o = in.object(node, path, ITEM);
        if (o == null) {
            if (absent(node)) in.report(JsonCodes.TYPE_MISMATCH, path, "expected an object, found nothing");
            return null;
        }
        Integer sequence = in.integer(o.get("sequence"), path(path, "sequence"));
        if (sequence != null && (sequence < 1 || sequence > JsonLimits.MAX_ITEMS)) {
            in.report(JsonCodes.INVALID_VALUE, path(path, "sequence"), "an item sequence number is 1 to " + JsonLimits.MAX_ITEMS);
            sequence = null;
        }
        return new GoodsItem(
                sequence != null ? sequence : position,
                in.value(o.get("hsCode"), path(path, "hsCode"), MAX_CODE_LENGTH, HsCode::new),
                in.text(o.get("description"), path(path, "description"), MAX_DESCRIPTION_LENGTH),
                in.value(o.get("origin"), path(path, "origin"), MAX_CODE_LENGTH, CountryCode::new),
                quantity(o.get("quantity"), path(path, "quantity")),
                in.decimal(o.get("netMass"), path(path, "netMass")),
                in.decimal(o.get("grossMass"), path(path, "grossMass")),
                in.decimal(o.get("value"), path(path, "value")),
                in.code(o.get("procedureCode"), path(path, "procedureCode"), MAX_CODE_LENGTH),
                in.code(o.get("preferenceCode"), path(path, "preferenceCode"), MAX_CODE_LENGTH));
    }

    /** A quantity needs both value and unit; a missing half is the model's refusal (INVALID_VALUE). */
    private Quantity quantity(JsonNode node, String path) {
        JsonNode o = in.object(node, path, QUANTITY);
        if (o == null) return null;
        BigDecimal value = in.decimal(o.get("value"), path(path, "value"));
        String unit = in.code(o.get("unit"), path(path, "unit"), MAX_CODE_LENGTH);
        if (value != null && unit != null) return new Quantity(value, unit);
        if (absent(o.get("value"))) in.report(JsonCodes.INVALID_VALUE, path(path, "value"), "a quantity needs a value and a unit");
        if (absent(o.get("unit"))) in.report(JsonCodes.INVALID_VALUE, path(path, "unit"), "a quantity needs a value and a unit");
        return null;
    }

    private List<SupportingDocument> documents(JsonNode node) {
        JsonNode array = in.array(node, "documents", JsonLimits.MAX_DOCUMENTS, JsonCodes.TOO_MANY_DOCUMENTS);
        if (array == null) return null;
        List<SupportingDocument> documents = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "documents[" + i + "]";
            JsonNode o = in.object(array.get(i), path, DOCUMENT);
            if (o == null) {
                if (absent(array.get(i))) in.report(JsonCodes.TYPE_MISMATCH, path, "expected an object, found nothing");
                continue;
            }
            documents.add(new SupportingDocument(
                    in.code(o.get("type"), path(path, "type"), MAX_CODE_LENGTH),
                    in.code(o.get("reference"), path(path, "reference"), MAX_CODE_LENGTH)));
        }
        return documents;
    }

    private List<String> authorisations(JsonNode node) {
        JsonNode array = in.array(node, "aeoAuthorisations", JsonLimits.MAX_AEO_AUTHORISATIONS, JsonCodes.TOO_MANY_AUTHORISATIONS);
        if (array == null) return null;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "aeoAuthorisations[" + i + "]";
            if (absent(array.get(i))) {
                in.report(JsonCodes.TYPE_MISMATCH, path, "expected a string, found nothing");
                continue;
            }
            String number = in.code(array.get(i), path, MAX_CODE_LENGTH);
            if (number != null) numbers.add(number);
        }
        return numbers;
    }
}
