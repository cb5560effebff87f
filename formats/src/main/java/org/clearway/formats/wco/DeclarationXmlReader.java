package org.clearway.formats.wco;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
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

/**
 * Maps a schema-valid DEC-DMS Declaration element to the Clearway model, element by element (the
 * table is in docs/formats.md). The schema has already bounded every length and count; what is left
 * is what the model refuses (an EORI that is not EORI-shaped, a type code that is neither IM nor EX,
 * an HS code that is not digits), each reported with the element's path, line and column.
 */
final class DeclarationXmlReader {
    /** AuthorisationHolder categories that are AEO authorisations; the number is country + category + the rest of the EORI. */
    static final Set<String> AEO_CATEGORIES = Set.of("AEOC", "AEOS", "AEOF");
    private static final Pattern KILOGRAMS = Pattern.compile("KGM|kg|KG");

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    Declaration read(XmlNode d) {
        DeclarationType type = type(d.child("TypeCode"));
        XmlNode shipment = d.child("GoodsShipment");
        XmlNode invoiceAmount = d.child("InvoiceAmount");
        CurrencyCode currency = invoiceAmount == null ? null : currency(invoiceAmount);
        return new Declaration(
                type,
                value(d.child("FunctionalReferenceID"), Lrn::new),
                ucr(shipment == null ? null : shipment.child("UCR")),
                party(d.child("Declarant")),
                party(shipment == null ? null : shipment.child("Importer")),
                party(d.child("Exporter")),
                party(shipment == null ? null : shipment.child("Seller")),
                party(shipment == null ? null : shipment.child("Buyer")),
                invoice(invoiceAmount, currency, shipment == null ? null : shipment.at("Invoice/IssueDateTime/DateTimeString")),
                shipment == null ? null : value(shipment.at("TradeTerms/ConditionCode"), s -> Incoterm.valueOf(s)),
                transport(d, type, shipment),
                items(shipment, currency),
                documents(d),
                authorisations(d),
                valuationCosts(shipment == null ? null : shipment.at("CustomsValuation/FreightChargeAmount")));
    }

    /**
     * Freight to the border (WCO 117, GoodsShipment/CustomsValuation/FreightChargeAmount) with its own
     * currencyID. Insurance has no element of its own in DEC-DMS (it is one of the ChargeDeduction codes,
     * whose lists are national) and is not read.
     */
    private ValuationCosts valuationCosts(XmlNode freight) {
        if (freight == null) return null;
        BigDecimal value = decimal(freight);
        CurrencyCode currency = currency(freight);
        requireCurrencyId(freight, "a freight amount");
        if (value == null || currency == null) return null;
        if (value.signum() < 0) {
            report(WcoCodes.INVALID_VALUE, freight, "freight is not negative");
            return null;
        }
        return new ValuationCosts(new Money(value, currency), null);
    }

    private DeclarationType type(XmlNode node) {
        if (node == null) return null;
        String code = code(node);
        if (code.startsWith("IM")) return DeclarationType.IMPORT;
        if (code.startsWith("EX")) return DeclarationType.EXPORT;
        report(WcoCodes.INVALID_VALUE, node, "declaration type " + code + " is not taken: Clearway takes IM (import) and EX (export) declarations");
        return null;
    }

    private Ucr ucr(XmlNode node) {
        if (node == null) return null;
        XmlNode ref = node.child("TraderAssignedReferenceID");
        return value(ref != null ? ref : node.child("ID"), Ucr::new);
    }

    private Party party(XmlNode node) {
        if (node == null) return null;
        Party p = new Party(value(node.child("ID"), PartyId::new), text(node.child("Name")), address(node.child("Address")));
        return p.id() == null && p.name() == null && p.address() == null ? null : p;
    }

    private Address address(XmlNode node) {
        if (node == null) return null;
        Address a = new Address(text(node.child("Line")), text(node.child("CityName")), text(node.child("PostcodeID")),
                value(node.child("CountryCode"), CountryCode::new));
        return a.street() == null && a.city() == null && a.postcode() == null && a.country() == null ? null : a;
    }

    private Invoice invoice(XmlNode amount, CurrencyCode currency, XmlNode date) {
        Money total = null;
        if (amount != null) {
            BigDecimal value = decimal(amount);
            requireCurrencyId(amount, "an invoice amount");
            if (value != null && currency != null) total = new Money(value, currency);
        }
        LocalDate issued = date(date);
        return total == null && issued == null ? null : new Invoice(total, issued);
    }

    private Transport transport(XmlNode d, DeclarationType type, XmlNode shipment) {
        XmlNode border = d.child("BorderTransportMeans");
        XmlNode consignment = shipment == null ? null : shipment.child("Consignment");
        XmlNode office = type == DeclarationType.EXPORT
                ? first(d.at("ExitOffice/ID"), d.at("PresentationOffice/ID"), d.at("SupervisingOffice/ID"))
                : first(d.at("PresentationOffice/ID"), d.at("SupervisingOffice/ID"), d.at("ExitOffice/ID"));
        Transport t = new Transport(
                border == null ? null : mode(border.child("ModeCode")),
                border == null ? null : code(border.child("ID")),
                code(office),
                consignment == null ? null : value(consignment.at("LoadingLocation/ID"), UnLocode::new),
                consignment == null ? null : value(consignment.at("GoodsLocation/ID"), UnLocode::new),
                null);
        return t.mode() == null && t.conveyanceId() == null && t.customsOffice() == null && t.loadingLocation() == null
                && t.unloadingLocation() == null ? null : t;
    }

    private TransportMode mode(XmlNode node) {
        return value(node, s -> TransportMode.ofCode(Integer.parseInt(s)));
    }

    private List<GoodsItem> items(XmlNode shipment, CurrencyCode currency) {
        if (shipment == null) return null;
        List<GoodsItem> items = new ArrayList<>();
        for (XmlNode item : shipment.all("GovernmentAgencyGoodsItem")) items.add(item(item, currency));
        return items;
    }

    private GoodsItem item(XmlNode item, CurrencyCode currency) {
        XmlNode commodity = item.child("Commodity");
        XmlNode measure = commodity == null ? null : commodity.child("GoodsMeasure");
        XmlNode charge = commodity == null ? null : commodity.at("InvoiceLine/ItemChargeAmount");
        if (charge != null && currency != null && charge.attributes.containsKey("currencyID")
                && !charge.attributes.get("currencyID").trim().equals(currency.value())) {
            report(WcoCodes.INVALID_VALUE, charge, "the item amount is in " + charge.attributes.get("currencyID").trim()
                    + " but the invoice amount is in " + currency.value() + "; item values are in the invoice currency");
        }
        XmlNode origin = item.child("Origin");
        return new GoodsItem(
                sequence(item.child("SequenceNumeric")),
                commodity == null ? null : hsCode(commodity),
                commodity == null ? null : text(commodity.child("Description")),
                origin == null ? null : value(origin.child("CountryCode"), CountryCode::new),
                measure == null ? null : quantity(measure.child("TariffQuantity")),
                measure == null ? null : kilograms(measure.child("NetNetWeightMeasure")),
                measure == null ? null : kilograms(measure.child("GrossMassMeasure")),
                charge == null ? null : decimal(charge),
                procedure(item.child("GovernmentProcedure")),
                commodity == null ? null : code(commodity.at("DutyTaxFee/DutyRegimeCode")));
    }

    private int sequence(XmlNode node) {
        BigDecimal n = decimal(node);
        if (n == null || n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(999)) > 0 || n.stripTrailingZeros().scale() > 0) {
            report(WcoCodes.INVALID_VALUE, node, "an item sequence number is 1 to 999");
            return 0;
        }
        return n.intValueExact();
    }

    /**
     * The commodity code: a Classification of type TSP (the 8-digit combined nomenclature code) followed,
     * when given, by its TRC (2 TARIC digits); or one of type HS (4 or 6 digits). Other types (national
     * additional codes) are not part of the model's code.
     */
    private HsCode hsCode(XmlNode commodity) {
        XmlNode tsp = null, trc = null, hs = null;
        for (XmlNode c : commodity.all("Classification")) {
            String type = c.child("IdentificationTypeCode") == null ? "" : code(c.child("IdentificationTypeCode"));
            if (type.equals("TSP") && tsp == null) tsp = c.child("ID");
            if (type.equals("TRC") && trc == null) trc = c.child("ID");
            if (type.equals("HS") && hs == null) hs = c.child("ID");
        }
        if (tsp != null) {
            String code = code(tsp) + (trc == null ? "" : code(trc));
            return value(tsp, code, HsCode::new);
        }
        return value(hs, HsCode::new);
    }

    private Quantity quantity(XmlNode node) {
        if (node == null) return null;
        BigDecimal value = decimal(node);
        String unit = node.attributes.get("unitCode");
        if (unit == null || unit.isBlank()) {
            report(WcoCodes.INVALID_VALUE, node, "a tariff quantity needs its unit: add unitCode=\"...\" (UNECE Rec. 20, e.g. NAR, LTR)");
            return null;
        }
        return value == null ? null : new Quantity(value, unit.trim());
    }

    /** Masses are in kilograms; another unitCode is refused rather than silently converted. */
    private BigDecimal kilograms(XmlNode node) {
        if (node == null) return null;
        String unit = node.attributes.get("unitCode");
        if (unit != null && !KILOGRAMS.matcher(unit.trim()).matches()) {
            report(WcoCodes.INVALID_VALUE, node, "masses are in kilograms (unitCode KGM); " + unit.trim() + " is not taken");
            return null;
        }
        return decimal(node);
    }

    /** The requested procedure (2 characters, CurrentCode) and the previous one (PreviousCode): 40 + 00 = 4000. */
    private String procedure(XmlNode node) {
        if (node == null) return null;
        String current = code(node.child("CurrentCode"));
        String previous = code(node.child("PreviousCode"));
        if (current == null) return null;
        return previous == null ? current : current + previous;
    }

    /** Declaration-level AdditionalDocuments, then item-level ones not already listed: category + type code, and ID. */
    private List<SupportingDocument> documents(XmlNode d) {
        Set<SupportingDocument> documents = new LinkedHashSet<>();
        for (XmlNode doc : d.all("AdditionalDocument")) documents.add(document(doc));
        XmlNode shipment = d.child("GoodsShipment");
        if (shipment != null) {
            for (XmlNode item : shipment.all("GovernmentAgencyGoodsItem")) {
                for (XmlNode doc : item.all("AdditionalDocument")) documents.add(document(doc));
            }
        }
        return new ArrayList<>(documents);
    }

    private SupportingDocument document(XmlNode doc) {
        String category = code(doc.child("CategoryCode"));
        String type = code(doc.child("TypeCode"));
        String kind = category == null && type == null ? null : (category == null ? "" : category) + (type == null ? "" : type);
        return new SupportingDocument(kind, code(doc.child("ID")));
    }

    /** AEO authorisations: an AuthorisationHolder of category AEOC/AEOS/AEOF; the number is GB + AEOC + the EORI after GB. */
    private List<String> authorisations(XmlNode d) {
        List<String> numbers = new ArrayList<>();
        for (XmlNode holder : d.all("AuthorisationHolder")) {
            String category = code(holder.child("CategoryCode"));
            String id = code(holder.child("ID"));
            if (category == null || id == null || !AEO_CATEGORIES.contains(category)) continue;
            if (id.length() < 3) {
                report(WcoCodes.INVALID_VALUE, holder.child("ID"), "an AEO authorisation holder's ID is an EORI");
                continue;
            }
            numbers.add(id.substring(0, 2) + category + id.substring(2));
        }
        return numbers;
    }

    /** An amount element without its currencyID attribute is REQUIRED_ELEMENT_MISSING (a wrong one is reported by {@link #currency}). */
    private void requireCurrencyId(XmlNode amount, String what) {
        if (!amount.attributes.containsKey("currencyID")) {
            report(WcoCodes.REQUIRED_ELEMENT_MISSING, amount, what + " needs its currency: add currencyID=\"...\"");
        }
    }

    private CurrencyCode currency(XmlNode amount) {
        String id = amount.attributes.get("currencyID");
        if (id == null) return null;
        try {
            return new CurrencyCode(id.trim());
        } catch (IllegalArgumentException e) {
            report(WcoCodes.INVALID_VALUE, amount, "currencyID " + id + " is not valid: " + e.getMessage());
            return null;
        }
    }

    /** A DateTimeString: formatCode 102 is YYYYMMDD, 304 is YYYYMMDDhhmmss and a zone; the model keeps the date. */
    private LocalDate date(XmlNode node) {
        if (node == null) return null;
        String s = node.text().trim();
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
        } catch (RuntimeException e) {
            report(WcoCodes.INVALID_VALUE, node, s + " is not a date in the calendar");
            return null;
        }
    }

    private BigDecimal decimal(XmlNode node) {
        if (node == null) return null;
        try {
            return new BigDecimal(node.text().trim());
        } catch (NumberFormatException e) {
            report(WcoCodes.INVALID_VALUE, node, "'" + node.text().trim() + "' is not a decimal number");
            return null;
        }
    }

    /** Free text: kept exactly as written; blank counts as absent. */
    private static String text(XmlNode node) {
        if (node == null || node.text().isBlank()) return null;
        return node.text();
    }

    /** A code or reference: surrounding whitespace dropped (the schema's token types collapse it anyway). */
    private static String code(XmlNode node) {
        if (node == null) return null;
        String s = node.text().trim();
        return s.isEmpty() ? null : s;
    }

    private <T> T value(XmlNode node, Function<String, T> make) {
        return node == null ? null : value(node, code(node), make);
    }

    private <T> T value(XmlNode node, String code, Function<String, T> make) {
        if (code == null) return null;
        try {
            return make.apply(code);
        } catch (IllegalArgumentException e) {
            report(WcoCodes.INVALID_VALUE, node, code + " is not valid: " + e.getMessage());
            return null;
        }
    }

    private static XmlNode first(XmlNode... nodes) {
        for (XmlNode n : nodes) if (n != null) return n;
        return null;
    }

    private void report(String code, XmlNode node, String message) {
        problems.add(new Problem(code, node.path, node.where() + ": " + message));
    }

    /** For tests and messages: the EORI-style pattern of AEO numbers this codec can carry. */
    static final Pattern AEO_NUMBER = Pattern.compile("([A-Z]{2})(AEOC|AEOS|AEOF)([A-Z0-9]{1,15})");

    static Matcher aeo(String number) {
        return AEO_NUMBER.matcher(number);
    }
}
