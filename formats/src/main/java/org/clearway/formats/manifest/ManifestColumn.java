package org.clearway.formats.manifest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a CSV manifest: the WCO E-Commerce Framework's reduced data set of a low-value
 * consignment with one goods item, each column mapped to its element in the declaration's JSON form
 * (and so to {@link org.clearway.core.declaration.Declaration}). The header names the columns in any
 * order; only {@link #LRN} and {@link #DECLARANT_ID} must be there, an empty field is an absent element.
 */
public enum ManifestColumn {
    LRN("lrn", "lrn"),
    DECLARANT_ID("declarantId", "declarant.id"),
    DECLARANT_NAME("declarantName", "declarant.name"),
    CONSIGNEE_ID("consigneeId", "importer.id"),
    CONSIGNEE_NAME("consigneeName", "importer.name"),
    CONSIGNEE_STREET("consigneeStreet", "importer.address.street"),
    CONSIGNEE_CITY("consigneeCity", "importer.address.city"),
    CONSIGNEE_POSTCODE("consigneePostcode", "importer.address.postcode"),
    CONSIGNEE_COUNTRY("consigneeCountry", "importer.address.country"),
    CONSIGNOR_ID("consignorId", "exporter.id"),
    CONSIGNOR_NAME("consignorName", "exporter.name"),
    CONSIGNOR_STREET("consignorStreet", "exporter.address.street"),
    CONSIGNOR_CITY("consignorCity", "exporter.address.city"),
    CONSIGNOR_POSTCODE("consignorPostcode", "exporter.address.postcode"),
    CONSIGNOR_COUNTRY("consignorCountry", "exporter.address.country"),
    INVOICE_AMOUNT("invoiceAmount", "invoice.amount"),
    INVOICE_CURRENCY("invoiceCurrency", "invoice.currency"),
    INVOICE_DATE("invoiceDate", "invoice.date"),
    TRANSPORT_MODE("transportMode", "transport.mode"),
    CONVEYANCE_ID("conveyanceId", "transport.conveyanceId"),
    CUSTOMS_OFFICE("customsOffice", "transport.customsOffice"),
    LOADING_LOCATION("loadingLocation", "transport.loadingLocation"),
    UNLOADING_LOCATION("unloadingLocation", "transport.unloadingLocation"),
    ARRIVAL_DATE("arrivalDate", "transport.arrivalDate"),
    HS_CODE("hsCode", "items[0].hsCode"),
    DESCRIPTION("description", "items[0].description"),
    ORIGIN("origin", "items[0].origin"),
    QUANTITY("quantity", "items[0].quantity.value"),
    QUANTITY_UNIT("quantityUnit", "items[0].quantity.unit"),
    GROSS_MASS("grossMass", "items[0].grossMass"),
    NET_MASS("netMass", "items[0].netMass"),
    VALUE("value", "items[0].value");

    private static final Map<String, ManifestColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, ManifestColumn> BY_PATH = new HashMap<>();
    static {
        for (ManifestColumn c : values()) {
            BY_HEADER.put(c.header, c);
            BY_PATH.put(c.path, c);
        }
    }

    private final String header;
    private final String path;

    ManifestColumn(String header, String path) {
        this.header = header;
        this.path = path;
    }

    /** The column's name in the header line. */
    public String header() { return header; }

    /** The element's path in the declaration's JSON form, as validation problems name it. */
    public String path() { return path; }

    public static Optional<ManifestColumn> ofHeader(String name) { return Optional.ofNullable(BY_HEADER.get(name)); }

    /** The column that carries the element at this path, if one does (a problem then names the column). */
    public static Optional<ManifestColumn> ofPath(String path) { return Optional.ofNullable(BY_PATH.get(path)); }
}
