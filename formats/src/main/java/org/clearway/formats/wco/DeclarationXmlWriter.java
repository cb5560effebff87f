package org.clearway.formats.wco;

import static org.clearway.formats.wco.WcoNamespaces.DECLARATION;
import static org.clearway.formats.wco.WcoNamespaces.DECLARATION_DS;
import static org.clearway.formats.wco.WcoNamespaces.METADATA;
import static org.clearway.formats.wco.XmlOut.plain;

import java.util.regex.Matcher;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;

/**
 * Writes a declaration as a DEC-DMS document (MetaData wrapping a Declaration), elements in the
 * schema's order, for the fields the model holds (the mapping is {@link DeclarationXmlReader}'s,
 * reversed). What DEC-DMS cannot carry is left out: the LOW_VALUE type (written as IM), the arrival date,
 * and AEO numbers not shaped country + AEOC/AEOS/AEOF + EORI rest.
 */
final class DeclarationXmlWriter {

    byte[] write(Declaration d) {
        XmlOut out = new XmlOut();
        out.bind("md", METADATA).open(METADATA, "MetaData");
        out.leaf(METADATA, "WCODataModelVersionCode", "3.6");
        out.leaf(METADATA, "WCOTypeName", "DEC");
        out.bind("", DECLARATION).bind("ds", DECLARATION_DS).open(DECLARATION, "Declaration");
        out.leaf(DECLARATION, "FunctionCode", "9");
        out.leaf(DECLARATION, "FunctionalReferenceID", d.lrn() == null ? null : d.lrn().value());
        out.leaf(DECLARATION, "TypeCode", typeCode(d.type()));
        out.leaf(DECLARATION, "GoodsItemQuantity", d.items().isEmpty() ? null : Integer.toString(d.items().size()));
        if (d.invoice() != null && d.invoice().total() != null) {
            out.leaf(DECLARATION, "InvoiceAmount", plain(d.invoice().total().amount()), "currencyID", d.invoice().total().currency().value());
        }
        for (SupportingDocument doc : d.documents()) document(out, doc);
        for (String number : d.aeoAuthorisations()) {
            Matcher m = DeclarationXmlReader.aeo(number);
            if (!m.matches()) continue;
            out.open(DECLARATION, "AuthorisationHolder");
            out.leaf(DECLARATION, "ID", m.group(1) + m.group(3));
            out.leaf(DECLARATION, "CategoryCode", m.group(2));
            out.close();
        }
        Transport t = d.transport();
        if (t != null && (t.conveyanceId() != null || t.mode() != null)) {
            out.open(DECLARATION, "BorderTransportMeans");
            out.leaf(DECLARATION, "ID", t.conveyanceId());
            out.leaf(DECLARATION, "ModeCode", t.mode() == null ? null : Integer.toString(t.mode().code()));
            out.close();
        }
        party(out, "Declarant", d.declarant());
        boolean export = d.type() == DeclarationType.EXPORT;
        if (export && t != null && t.customsOffice() != null) {
            out.open(DECLARATION, "ExitOffice").leaf(DECLARATION, "ID", t.customsOffice()).close();
        }
        party(out, "Exporter", d.exporter());
        shipment(out, d);
        if (!export && t != null && t.customsOffice() != null) {
            out.open(DECLARATION, "PresentationOffice").leaf(DECLARATION, "ID", t.customsOffice()).close();
        }
        out.close();
        out.close();
        return out.finish();
    }

    static String typeCode(DeclarationType type) {
        if (type == null) return null;
        return switch (type) {
            case IMPORT, LOW_VALUE -> "IMA";
            case EXPORT -> "EXA";
        };
    }

    private void shipment(XmlOut out, Declaration d) {
        Transport t = d.transport();
        boolean locations = t != null && (t.loadingLocation() != null || t.unloadingLocation() != null);
        Money freight = d.valuationCosts() == null ? null : d.valuationCosts().freight();
        boolean any = d.buyer() != null || locations || freight != null || !d.items().isEmpty() || d.importer() != null
                || (d.invoice() != null && d.invoice().date() != null) || d.seller() != null || d.incoterm() != null || d.ucr() != null;
        if (!any) return;
        out.open(DECLARATION, "GoodsShipment");
        party(out, "Buyer", d.buyer());
        if (locations) {
            out.open(DECLARATION, "Consignment");
            if (t.unloadingLocation() != null) {
                out.open(DECLARATION, "GoodsLocation").leaf(DECLARATION, "ID", t.unloadingLocation().value()).close();
            }
            if (t.loadingLocation() != null) {
                out.open(DECLARATION, "LoadingLocation").leaf(DECLARATION, "ID", t.loadingLocation().value()).close();
            }
            out.close();
        }
        if (freight != null) {
            out.open(DECLARATION, "CustomsValuation")
                    .leaf(DECLARATION, "FreightChargeAmount", plain(freight.amount()), "currencyID", freight.currency().value()).close();
        }
        String currency = d.invoice() != null && d.invoice().total() != null ? d.invoice().total().currency().value() : null;
        for (GoodsItem item : d.items()) item(out, item, currency);
        party(out, "Importer", d.importer());
        if (d.invoice() != null && d.invoice().date() != null) {
            out.open(DECLARATION, "Invoice").open(DECLARATION, "IssueDateTime");
            out.leaf(DECLARATION_DS, "DateTimeString", d.invoice().date().toString().replace("-", ""), "formatCode", "102");
            out.close().close();
        }
        party(out, "Seller", d.seller());
        if (d.incoterm() != null) out.open(DECLARATION, "TradeTerms").leaf(DECLARATION, "ConditionCode", d.incoterm().name()).close();
        if (d.ucr() != null) out.open(DECLARATION, "UCR").leaf(DECLARATION, "TraderAssignedReferenceID", d.ucr().value()).close();
        out.close();
    }

    private void item(XmlOut out, GoodsItem item, String currency) {
        out.open(DECLARATION, "GovernmentAgencyGoodsItem");
        out.leaf(DECLARATION, "SequenceNumeric", Integer.toString(item.sequence()));
        boolean commodity = item.description() != null || item.hsCode() != null || item.preferenceCode() != null
                || item.grossMass() != null || item.netMass() != null || item.quantity() != null || item.value() != null;
        if (commodity) {
            out.open(DECLARATION, "Commodity");
            out.leaf(DECLARATION, "Description", item.description());
            if (item.hsCode() != null) {
                String code = item.hsCode().value();
                if (code.length() >= 8) {
                    classification(out, code.substring(0, 8), "TSP");
                    if (code.length() == 10) classification(out, code.substring(8), "TRC");
                } else {
                    classification(out, code, "HS");
                }
            }
            if (item.preferenceCode() != null) {
                out.open(DECLARATION, "DutyTaxFee").leaf(DECLARATION, "DutyRegimeCode", item.preferenceCode()).close();
            }
            if (item.grossMass() != null || item.netMass() != null || item.quantity() != null) {
                out.open(DECLARATION, "GoodsMeasure");
                out.leaf(DECLARATION, "GrossMassMeasure", plain(item.grossMass()));
                out.leaf(DECLARATION, "NetNetWeightMeasure", plain(item.netMass()));
                if (item.quantity() != null) {
                    out.leaf(DECLARATION, "TariffQuantity", plain(item.quantity().value()), "unitCode", item.quantity().unit());
                }
                out.close();
            }
            if (item.value() != null) {
                out.open(DECLARATION, "InvoiceLine").leaf(DECLARATION, "ItemChargeAmount", plain(item.value()), "currencyID", currency).close();
            }
            out.close();
        }
        if (item.procedureCode() != null) {
            String p = item.procedureCode();
            out.open(DECLARATION, "GovernmentProcedure");
            // 4000 is requested procedure 40 and previous procedure 00 (DE 1/10).
            out.leaf(DECLARATION, "CurrentCode", p.length() == 4 ? p.substring(0, 2) : p);
            out.leaf(DECLARATION, "PreviousCode", p.length() == 4 ? p.substring(2) : null);
            out.close();
        }
        if (item.origin() != null) out.open(DECLARATION, "Origin").leaf(DECLARATION, "CountryCode", item.origin().value()).close();
        out.close();
    }

    private static void classification(XmlOut out, String id, String type) {
        out.open(DECLARATION, "Classification");
        out.leaf(DECLARATION, "ID", id);
        out.leaf(DECLARATION, "IdentificationTypeCode", type);
        out.close();
    }

    /** The type code's first character is DEC-DMS's CategoryCode, the rest its TypeCode (N380: N and 380). */
    private static void document(XmlOut out, SupportingDocument doc) {
        out.open(DECLARATION, "AdditionalDocument");
        String type = doc.type();
        if (type != null) out.leaf(DECLARATION, "CategoryCode", type.substring(0, 1));
        out.leaf(DECLARATION, "ID", doc.reference());
        if (type != null && type.length() > 1) out.leaf(DECLARATION, "TypeCode", type.substring(1));
        out.close();
    }

    private static void party(XmlOut out, String role, Party p) {
        if (p == null) return;
        out.open(DECLARATION, role);
        out.leaf(DECLARATION, "Name", p.name());
        out.leaf(DECLARATION, "ID", p.id() == null ? null : p.id().value());
        Address a = p.address();
        if (a != null) {
            out.open(DECLARATION, "Address");
            out.leaf(DECLARATION, "CityName", a.city());
            out.leaf(DECLARATION, "CountryCode", a.country() == null ? null : a.country().value());
            out.leaf(DECLARATION, "Line", a.street());
            out.leaf(DECLARATION, "PostcodeID", a.postcode());
            out.close();
        }
        out.close();
    }
}
