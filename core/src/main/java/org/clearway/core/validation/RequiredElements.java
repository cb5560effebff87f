package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;

/**
 * Which elements each declaration type must carry. IMPORT and EXPORT take the full data set;
 * LOW_VALUE the WCO E-Commerce Framework's reduced one (no HS code, no incoterm, no office).
 * A whole missing party, invoice or transport is one problem at its own path, not one per field.
 */
public final class RequiredElements {

    public List<Problem> check(Declaration declaration) {
        var missing = new Missing(declaration.type());
        missing.require(declaration.type(), "type");
        missing.require(declaration.lrn(), "lrn");
        missing.party(declaration.declarant(), "declarant", true, true, false);
        if (declaration.type() != null) {
            switch (declaration.type()) {
                case IMPORT -> fullDataSet(declaration, missing, false);
                case EXPORT -> fullDataSet(declaration, missing, true);
                case LOW_VALUE -> reducedDataSet(declaration, missing);
            }
        }
        if (declaration.items().isEmpty()) {
            missing.problems.add(new Problem(ProblemCodes.ITEMS_MISSING, "items", "a declaration needs at least one goods item"));
        }
        documents(declaration.documents(), missing);
        return missing.problems;
    }

    /** IMPORT and EXPORT; on export the exporter is the one known to customs, the importer is abroad. */
    private static void fullDataSet(Declaration d, Missing missing, boolean export) {
        missing.party(d.importer(), "importer", !export, true, true);
        missing.party(d.exporter(), "exporter", export, true, true);
        missing.invoice(d.invoice(), true);
        missing.require(d.incoterm(), "incoterm");
        if (missing.require(d.transport(), "transport")) {
            Transport t = d.transport();
            missing.require(t.mode(), "transport.mode");
            // On export this is the office of exit.
            missing.require(t.customsOffice(), "transport.customsOffice");
            missing.require(t.loadingLocation(), "transport.loadingLocation");
            if (!export) missing.require(t.unloadingLocation(), "transport.unloadingLocation");
        }
        for (int i = 0; i < d.items().size(); i++) {
            GoodsItem item = d.items().get(i);
            missing.require(item.hsCode(), Paths.item(i, "hsCode"));
            missing.require(item.description(), Paths.item(i, "description"));
            if (!export) missing.require(item.origin(), Paths.item(i, "origin"));
            missing.require(item.netMass(), Paths.item(i, "netMass"));
            missing.require(item.grossMass(), Paths.item(i, "grossMass"));
            missing.require(item.value(), Paths.item(i, "value"));
            missing.require(item.procedureCode(), Paths.item(i, "procedureCode"));
        }
    }

    /** LOW_VALUE: the importer is the consignee, the exporter the consignor; ids are optional. */
    private static void reducedDataSet(Declaration d, Missing missing) {
        missing.party(d.consignee(), "importer", false, true, true);
        missing.party(d.consignor(), "exporter", false, true, true);
        missing.invoice(d.invoice(), false);
        if (missing.require(d.transport(), "transport")) missing.require(d.transport().mode(), "transport.mode");
        for (int i = 0; i < d.items().size(); i++) {
            GoodsItem item = d.items().get(i);
            missing.require(item.description(), Paths.item(i, "description"));
            missing.require(item.origin(), Paths.item(i, "origin"));
            missing.require(item.grossMass(), Paths.item(i, "grossMass"));
            missing.require(item.value(), Paths.item(i, "value"));
        }
    }

    /** Documents are optional, but one that is given needs both its type and its reference. */
    private static void documents(List<SupportingDocument> documents, Missing missing) {
        for (int i = 0; i < documents.size(); i++) {
            missing.require(documents.get(i).type(), Paths.document(i, "type"));
            missing.require(documents.get(i).reference(), Paths.document(i, "reference"));
        }
    }

    /** Collects REQUIRED_ELEMENT_MISSING problems; null and blank text both count as missing. */
    private static final class Missing {
        final List<Problem> problems = new ArrayList<>();
        final DeclarationType type;

        Missing(DeclarationType type) {
            this.type = type;
        }

        /** Returns true when the element is there, so that callers can look inside it. */
        boolean require(Object value, String path) {
            boolean present = present(value);
            if (!present) add(path);
            return present;
        }

        /** As {@link #require(Object, String)} at {@code path + field}, the path made only for a problem. */
        boolean require(Object value, String path, String field) {
            boolean present = present(value);
            if (!present) add(path + field);
            return present;
        }

        private static boolean present(Object value) {
            return value != null && !(value instanceof String text && text.isBlank());
        }

        private void add(String path) {
            String typeName = switch (type) {
                case null -> "any";
                case IMPORT, EXPORT -> "an " + type;
                case LOW_VALUE -> "a " + type;
            };
            problems.add(new Problem(ProblemCodes.REQUIRED_ELEMENT_MISSING, path,
                    path + " is missing; " + typeName + " declaration requires it"));
        }

        void party(Party party, String path, boolean id, boolean name, boolean country) {
            if (!require(party, path)) return;
            if (id) require(party.id(), path, ".id");
            if (name) require(party.name(), path, ".name");
            if (country) {
                Address address = party.address();
                require(address == null ? null : address.country(), path, ".address.country");
            }
        }

        void invoice(Invoice invoice, boolean dateRequired) {
            if (!require(invoice, "invoice")) return;
            // Money holds amount and currency together, so without it both are missing.
            if (invoice.total() == null) {
                require(null, "invoice.amount");
                require(null, "invoice.currency");
            }
            if (dateRequired) require(invoice.date(), "invoice.date");
        }
    }
}
