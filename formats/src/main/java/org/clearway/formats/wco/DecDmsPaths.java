package org.clearway.formats.wco;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearway.core.declaration.DeclarationType;

/**
 * Maps the path of a validation problem in the model's own names ({@code items[1].hsCode},
 * {@code importer.address.country}) to the DEC-DMS element it was read from
 * ({@code /Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID}),
 * following {@link DeclarationXmlReader}'s mapping. A path that already is a DEC-DMS path (a problem
 * of the codec) is kept; one the mapping does not know points at the nearest element it does.
 */
public final class DecDmsPaths {
    private static final Pattern INDEXED = Pattern.compile("(items|documents|aeoAuthorisations)\\[(\\d+)](?:\\.(.*))?");
    private static final Map<String, String> ROOT = Map.ofEntries(
            Map.entry("type", "/Declaration/TypeCode"),
            Map.entry("lrn", "/Declaration/FunctionalReferenceID"),
            Map.entry("ucr", "/Declaration/GoodsShipment/UCR/TraderAssignedReferenceID"),
            Map.entry("declarant", "/Declaration/Declarant"),
            Map.entry("importer", "/Declaration/GoodsShipment/Importer"),
            Map.entry("exporter", "/Declaration/Exporter"),
            Map.entry("seller", "/Declaration/GoodsShipment/Seller"),
            Map.entry("buyer", "/Declaration/GoodsShipment/Buyer"),
            Map.entry("invoice", "/Declaration/InvoiceAmount"),
            Map.entry("invoice.amount", "/Declaration/InvoiceAmount"),
            Map.entry("invoice.currency", "/Declaration/InvoiceAmount"),
            Map.entry("invoice.date", "/Declaration/GoodsShipment/Invoice/IssueDateTime"),
            Map.entry("incoterm", "/Declaration/GoodsShipment/TradeTerms/ConditionCode"),
            Map.entry("transport", "/Declaration/BorderTransportMeans"),
            Map.entry("transport.mode", "/Declaration/BorderTransportMeans/ModeCode"),
            Map.entry("transport.conveyanceId", "/Declaration/BorderTransportMeans/ID"),
            Map.entry("transport.loadingLocation", "/Declaration/GoodsShipment/Consignment/LoadingLocation/ID"),
            Map.entry("transport.unloadingLocation", "/Declaration/GoodsShipment/Consignment/GoodsLocation/ID"),
            Map.entry("transport.arrivalDate", "/Declaration/BorderTransportMeans"),
            Map.entry("items", "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem"),
            Map.entry("documents", "/Declaration/AdditionalDocument"),
            Map.entry("aeoAuthorisations", "/Declaration/AuthorisationHolder"),
            Map.entry("valuationCosts", "/Declaration/GoodsShipment/CustomsValuation/FreightChargeAmount"));
    /** The model's parties: only below these is a path like {@code name} or {@code address.city} a party's element. */
    private static final Set<String> PARTIES = Set.of("declarant", "importer", "exporter", "seller", "buyer");
    private static final Map<String, String> PARTY = Map.of(
            "id", "ID", "name", "Name", "address", "Address", "address.street", "Address/Line",
            "address.city", "Address/CityName", "address.postcode", "Address/PostcodeID", "address.country", "Address/CountryCode");
    private static final Map<String, String> ITEM = Map.ofEntries(
            Map.entry("sequence", "SequenceNumeric"),
            Map.entry("hsCode", "Commodity/Classification/ID"),
            Map.entry("description", "Commodity/Description"),
            Map.entry("origin", "Origin/CountryCode"),
            Map.entry("quantity", "Commodity/GoodsMeasure/TariffQuantity"),
            Map.entry("quantity.value", "Commodity/GoodsMeasure/TariffQuantity"),
            Map.entry("quantity.unit", "Commodity/GoodsMeasure/TariffQuantity"),
            Map.entry("netMass", "Commodity/GoodsMeasure/NetNetWeightMeasure"),
            Map.entry("grossMass", "Commodity/GoodsMeasure/GrossMassMeasure"),
            Map.entry("value", "Commodity/InvoiceLine/ItemChargeAmount"),
            Map.entry("procedureCode", "GovernmentProcedure/CurrentCode"),
            Map.entry("preferenceCode", "Commodity/DutyTaxFee/DutyRegimeCode"));
    private static final Map<String, String> DOCUMENT = Map.of("type", "TypeCode", "reference", "ID");

    private DecDmsPaths() {
    }

    public static String of(String modelPath, DeclarationType type) {
        if (modelPath == null || modelPath.isEmpty()) return "/Declaration";
        if (modelPath.startsWith("/")) return modelPath;
        if (modelPath.equals("transport.customsOffice")) {
            return type == DeclarationType.EXPORT ? "/Declaration/ExitOffice/ID" : "/Declaration/PresentationOffice/ID";
        }
        Matcher m = INDEXED.matcher(modelPath);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            String base = ROOT.get(m.group(1)) + (n > 1 && !m.group(1).equals("aeoAuthorisations") ? "[" + n + "]" : "");
            String rest = m.group(3);
            if (rest == null) return base;
            Map<String, String> inner = m.group(1).equals("items") ? ITEM : DOCUMENT;
            return inner.containsKey(rest) ? base + "/" + inner.get(rest) : base;
        }
        String exact = ROOT.get(modelPath);
        if (exact != null) return exact;
        int dot = modelPath.indexOf('.');
        String head = dot < 0 ? modelPath : modelPath.substring(0, dot);
        String element = ROOT.get(head);
        if (element == null) return "/Declaration";
        if (dot < 0 || !PARTIES.contains(head)) return element;
        String inParty = PARTY.get(modelPath.substring(dot + 1));
        return inParty == null ? element : element + "/" + inParty;
    }
}
