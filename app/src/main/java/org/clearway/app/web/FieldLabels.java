package org.clearway.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem paths as people read them: {@code items[0].hsCode} is "Item 1 › Commodity code (HS)", and
 * the value found at that path in what was sent.
 */
final class FieldLabels {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_]+)(?:\\[(\\d{1,6})])?");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("lrn", "Your reference (LRN)"), Map.entry("ucr", "Consignment reference (UCR)"), Map.entry("type", "Type"),
            Map.entry("declarant", "Declarant"), Map.entry("importer", "Importer"), Map.entry("exporter", "Exporter"),
            Map.entry("seller", "Seller"), Map.entry("buyer", "Buyer"), Map.entry("id", "Id (EORI)"), Map.entry("name", "Name"),
            Map.entry("address", "Address"), Map.entry("street", "Street"), Map.entry("city", "City"), Map.entry("postcode", "Postcode"),
            Map.entry("country", "Country"), Map.entry("invoice", "Invoice"), Map.entry("amount", "Amount"), Map.entry("currency", "Currency"),
            Map.entry("date", "Date"), Map.entry("incoterm", "Delivery terms (Incoterm)"), Map.entry("transport", "Transport"),
            Map.entry("mode", "Mode of transport"), Map.entry("conveyanceId", "Vessel, flight or vehicle"),
            Map.entry("customsOffice", "Customs office"), Map.entry("loadingLocation", "Place of loading"),
            Map.entry("unloadingLocation", "Place of unloading"), Map.entry("arrivalDate", "Arrival date"), Map.entry("items", "Item"),
            Map.entry("sequence", "Item number"), Map.entry("hsCode", "Commodity code (HS)"), Map.entry("description", "Description of the goods"),
            Map.entry("origin", "Country of origin"), Map.entry("quantity", "Quantity"), Map.entry("value", "Value"), Map.entry("unit", "Unit"),
            Map.entry("netMass", "Net mass (kg)"), Map.entry("grossMass", "Gross mass (kg)"), Map.entry("procedureCode", "Procedure code"),
            Map.entry("preferenceCode", "Preference code"), Map.entry("documents", "Document"), Map.entry("reference", "Reference"),
            Map.entry("aeoAuthorisations", "AEO authorisation"));

    private FieldLabels() {}

    /** The readable label of a problem path; the path itself when it is not one of the declaration's elements. */
    static String label(String path) {
        if (path == null || path.isBlank()) return "The whole file";
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) return path;
            String name = NAMES.getOrDefault(m.group(1), m.group(1));
            parts.add(m.group(2) == null ? name : name + " " + (Integer.parseInt(m.group(2)) + 1));
        }
        return String.join(" › ", parts);
    }

    /** The value at the path in the uploaded JSON, as text; empty when absent or not a simple value. */
    static String valueAt(JsonNode root, String path) {
        if (root == null || path == null || path.isBlank()) return "";
        JsonNode node = root;
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) return "";
            node = node.path(m.group(1));
            if (m.group(2) != null) node = node.path(Integer.parseInt(m.group(2)));
        }
        if (node.isMissingNode() || node.isNull()) return "";
        return node.isValueNode() ? node.asText() : "";
    }
}
