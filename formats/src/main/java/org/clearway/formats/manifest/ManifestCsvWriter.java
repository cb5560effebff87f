package org.clearway.formats.manifest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.Transport;

/**
 * Writes low-value consignments as CSV manifest lines, every column of {@link ManifestColumn} in its
 * declared order. What a CSV line carries (one goods item, no documents, no AEO authorisations)
 * reads back to an equal declaration; anything else is refused rather than silently dropped.
 */
public final class ManifestCsvWriter {
    private ManifestCsvWriter() {}

    public static String header() {
        return Arrays.stream(ManifestColumn.values()).map(ManifestColumn::header).collect(Collectors.joining(","));
    }

    /** One line (without its line break). */
    public static String line(Declaration d) {
        if (d.type() != DeclarationType.LOW_VALUE) throw new IllegalArgumentException("a CSV manifest carries low-value consignments only, not " + d.type());
        if (d.items().size() != 1) throw new IllegalArgumentException("a CSV manifest line carries exactly one goods item, not " + d.items().size());
        if (!d.documents().isEmpty() || !d.aeoAuthorisations().isEmpty() || d.ucr() != null || d.incoterm() != null
                || d.seller() != null || d.buyer() != null || (d.declarant() != null && d.declarant().address() != null)) {
            throw new IllegalArgumentException("a CSV manifest line carries no documents, authorisations, UCR, incoterm, seller, buyer or declarant address");
        }
        GoodsItem item = d.items().getFirst();
        if (item.sequence() != 1 || item.procedureCode() != null || item.preferenceCode() != null) {
            throw new IllegalArgumentException("a CSV manifest item has sequence 1 and no procedure or preference code");
        }
        StringBuilder s = new StringBuilder(320);
        for (ManifestColumn c : ManifestColumn.values()) {
            if (c.ordinal() > 0) s.append(',');
            String value = value(d, item, c);
            if (value != null) append(s, value);
        }
        return s.toString();
    }

    private static String value(Declaration d, GoodsItem item, ManifestColumn c) {
        Party declarant = d.declarant();
        Party consignee = d.consignee();
        Party consignor = d.consignor();
        Transport t = d.transport();
        return switch (c) {
            case LRN -> d.lrn() == null ? null : d.lrn().value();
            case DECLARANT_ID -> declarant == null || declarant.id() == null ? null : declarant.id().value();
            case DECLARANT_NAME -> declarant == null ? null : declarant.name();
            case CONSIGNEE_ID -> consignee == null || consignee.id() == null ? null : consignee.id().value();
            case CONSIGNEE_NAME -> consignee == null ? null : consignee.name();
            case CONSIGNEE_STREET -> address(consignee) == null ? null : address(consignee).street();
            case CONSIGNEE_CITY -> address(consignee) == null ? null : address(consignee).city();
            case CONSIGNEE_POSTCODE -> address(consignee) == null ? null : address(consignee).postcode();
            case CONSIGNEE_COUNTRY -> address(consignee) == null || address(consignee).country() == null ? null : address(consignee).country().value();
            case CONSIGNOR_ID -> consignor == null || consignor.id() == null ? null : consignor.id().value();
            case CONSIGNOR_NAME -> consignor == null ? null : consignor.name();
            case CONSIGNOR_STREET -> address(consignor) == null ? null : address(consignor).street();
            case CONSIGNOR_CITY -> address(consignor) == null ? null : address(consignor).city();
            case CONSIGNOR_POSTCODE -> address(consignor) == null ? null : address(consignor).postcode();
            case CONSIGNOR_COUNTRY -> address(consignor) == null || address(consignor).country() == null ? null : address(consignor).country().value();
            case INVOICE_AMOUNT -> d.invoice() == null || d.invoice().total() == null ? null : decimal(d.invoice().total().amount());
            case INVOICE_CURRENCY -> d.invoice() == null || d.invoice().total() == null ? null : d.invoice().total().currency().value();
            case INVOICE_DATE -> d.invoice() == null || d.invoice().date() == null ? null : d.invoice().date().toString();
            case TRANSPORT_MODE -> t == null || t.mode() == null ? null : Integer.toString(t.mode().code());
            case CONVEYANCE_ID -> t == null ? null : t.conveyanceId();
            case CUSTOMS_OFFICE -> t == null ? null : t.customsOffice();
            case LOADING_LOCATION -> t == null || t.loadingLocation() == null ? null : t.loadingLocation().value();
            case UNLOADING_LOCATION -> t == null || t.unloadingLocation() == null ? null : t.unloadingLocation().value();
            case ARRIVAL_DATE -> t == null || t.arrivalDate() == null ? null : t.arrivalDate().toString();
            case HS_CODE -> item.hsCode() == null ? null : item.hsCode().value();
            case DESCRIPTION -> item.description();
            case ORIGIN -> item.origin() == null ? null : item.origin().value();
            case QUANTITY -> item.quantity() == null ? null : decimal(item.quantity().value());
            case QUANTITY_UNIT -> item.quantity() == null ? null : item.quantity().unit();
            case GROSS_MASS -> decimal(item.grossMass());
            case NET_MASS -> decimal(item.netMass());
            case VALUE -> decimal(item.value());
        };
    }

    private static Address address(Party p) { return p == null ? null : p.address(); }

    private static String decimal(BigDecimal d) { return d == null ? null : d.toPlainString(); }

    private static void append(StringBuilder s, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a CSV manifest field cannot hold a line break");
        }
        if (value.isEmpty()) throw new IllegalArgumentException("an empty text cannot be told from an absent one in a CSV manifest");
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            s.append(value);
        } else {
            s.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }
}
