package org.clearway.formats.wco;

import static org.clearway.formats.wco.WcoNamespaces.METADATA;
import static org.clearway.formats.wco.WcoNamespaces.RESPONSE;
import static org.clearway.formats.wco.WcoNamespaces.RESPONSE_DS;
import static org.clearway.formats.wco.XmlOut.plain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.clearway.core.declaration.Money;
import org.clearway.formats.wco.DmsNotification.DeclarationReference;
import org.clearway.formats.wco.DmsNotification.DmsError;
import org.clearway.formats.wco.DmsNotification.DutyTaxFee;
import org.clearway.formats.wco.DmsNotification.ItemDuties;
import org.clearway.formats.wco.DmsNotification.Pointer;
import org.clearway.formats.wco.DmsNotification.Statement;

/**
 * Writes DMS notifications as one RES-DMS document: MetaData (WCO DM 3.6, type RES) with one Response
 * per notification, in the order given (the schema allows several). Elements follow the schema's
 * order; times are written as the samples write them, format 304 in UTC ({@code 20191113172216Z}).
 */
public final class NotificationXmlWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    public byte[] write(List<DmsNotification> notifications) {
        if (notifications.isEmpty()) throw new IllegalArgumentException("a notification document carries at least one notification");
        XmlOut out = new XmlOut();
        out.bind("md", METADATA).open(METADATA, "MetaData");
        out.leaf(METADATA, "WCODataModelVersionCode", "3.6");
        out.leaf(METADATA, "WCOTypeName", "RES");
        for (DmsNotification n : notifications) {
            out.bind("", RESPONSE).bind("ds", RESPONSE_DS);
            response(out, n);
        }
        out.close();
        return out.finish();
    }

    private void response(XmlOut out, DmsNotification n) {
        out.open(RESPONSE, "Response");
        out.leaf(RESPONSE, "FunctionCode", n.function().code());
        out.leaf(RESPONSE, "FunctionalReferenceID", n.id());
        time(out, "IssueDateTime", n.issued());
        for (Statement s : n.statements()) {
            out.open(RESPONSE, "AdditionalInformation");
            out.leaf(RESPONSE, "StatementCode", s.code());
            out.leaf(RESPONSE, "StatementDescription", s.description());
            out.leaf(RESPONSE, "StatementTypeCode", s.typeCode());
            out.close();
        }
        if (n.bank() != null) {
            out.open(RESPONSE, "Bank").leaf(RESPONSE, "ReferenceID", n.bank().referenceId()).leaf(RESPONSE, "ID", n.bank().accountId()).close();
        }
        for (DmsError e : n.errors()) {
            out.open(RESPONSE, "Error");
            out.leaf(RESPONSE, "Description", e.description());
            out.leaf(RESPONSE, "ValidationCode", e.validationCode());
            for (Pointer p : e.pointers()) {
                out.open(RESPONSE, "Pointer");
                out.leaf(RESPONSE, "SequenceNumeric", p.sequence() == null ? null : p.sequence().toString());
                out.leaf(RESPONSE, "DocumentSectionCode", p.sectionCode());
                out.leaf(RESPONSE, "TagID", p.tagId());
                out.close();
            }
            out.close();
        }
        if (n.statusCode() != null) out.open(RESPONSE, "Status").leaf(RESPONSE, "NameCode", n.statusCode()).close();
        declaration(out, n.declaration());
        out.close();
    }

    private void declaration(XmlOut out, DeclarationReference d) {
        out.open(RESPONSE, "Declaration");
        time(out, "AcceptanceDateTime", d.accepted());
        out.leaf(RESPONSE, "FunctionalReferenceID", d.lrn());
        out.leaf(RESPONSE, "ID", d.mrn());
        time(out, "RejectionDateTime", d.rejected());
        out.leaf(RESPONSE, "VersionID", d.version());
        if (!d.items().isEmpty()) {
            out.open(RESPONSE, "GoodsShipment");
            for (ItemDuties item : d.items()) {
                out.open(RESPONSE, "GovernmentAgencyGoodsItem");
                out.leaf(RESPONSE, "SequenceNumeric", Integer.toString(item.sequence()));
                if (!item.fees().isEmpty()) {
                    out.open(RESPONSE, "Commodity");
                    for (DutyTaxFee f : item.fees()) fee(out, f);
                    out.close();
                }
                out.close();
            }
            out.close();
        }
        out.close();
    }

    private void fee(XmlOut out, DutyTaxFee f) {
        out.open(RESPONSE, "DutyTaxFee");
        money(out, "AdValoremTaxBaseAmount", f.base());
        money(out, "DeductAmount", f.deduct());
        out.leaf(RESPONSE, "DutyRegimeCode", f.regimeCode());
        out.leaf(RESPONSE, "TaxRateNumeric", plain(f.rate()));
        out.leaf(RESPONSE, "TypeCode", f.typeCode());
        if (f.assessed() != null || f.payable() != null) {
            out.open(RESPONSE, "Payment");
            money(out, "TaxAssessedAmount", f.assessed());
            money(out, "PaymentAmount", f.payable());
            out.close();
        }
        out.close();
    }

    private static void money(XmlOut out, String name, Money m) {
        if (m != null) out.leaf(RESPONSE, name, plain(m.amount()), "currencyID", m.currency().value());
    }

    private static void time(XmlOut out, String name, Instant t) {
        if (t == null) return;
        out.open(RESPONSE, name).leaf(RESPONSE_DS, "DateTimeString", TIME.format(t), "formatCode", "304").close();
    }
}
